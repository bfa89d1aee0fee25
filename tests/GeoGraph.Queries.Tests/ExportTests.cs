using System.Text;
using System.Xml;
using System.Xml.Linq;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Serialization;
using GeoGraph.Queries.Export;
using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>The exports of the fixture graph: GraphML, neo4j-admin CSV, cypher-shell script and contract JSONL.</summary>
public sealed class ExportTests(FixtureGraph fixture) : IClassFixture<FixtureGraph>
{
    // The typed relations computed straight from the fixture statements: symmetric predicates once per pair.
    private HashSet<string> ExpectedRelations() => fixture.Statements
        .Select(s =>
        {
            var (a, b) = (s.Subject.Id, s.Object.Id);
            if (s.Predicate.Info().Symmetric && string.CompareOrdinal(a, b) > 0)
            {
                (a, b) = (b, a);
            }

            return $"{a} {s.Predicate.ToSchemaName()} {b}";
        })
        .ToHashSet(StringComparer.Ordinal);

    private HashSet<string> ExpectedEntities() => fixture.Statements
        .SelectMany(s => new[] { s.Subject, s.Object, s.AttributedTo, s.DeniedBy })
        .OfType<Core.Model.Entity>()
        .Select(e => e.Id)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task GraphML_is_valid_XML_and_round_trips_every_node_and_edge()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        using var sw = new StringWriter();
        GraphMLWriter.Write(snapshot, sw);

        // Parse back with System.Xml, as Gephi's reader would see it.
        var doc = XDocument.Parse(sw.ToString());
        XNamespace g = GraphMLWriter.Namespace;
        var keys = doc.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var graph = doc.Root.Element(g + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        var nodes = graph.Elements(g + "node").ToList();
        var edges = graph.Elements(g + "edge").ToList();

        Assert.Equal(ExpectedEntities(), nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(nodes.Count, nodes.Select(n => (string)n.Attribute("id")!).Distinct().Count());
        var edgeKeys = edges.Select(e =>
            $"{(string)e.Attribute("source")!} {e.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "predicate").Value} {(string)e.Attribute("target")!}").ToList();
        Assert.Equal(ExpectedRelations(), edgeKeys.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(edgeKeys.Count, edgeKeys.Distinct().Count());
        Assert.Equal(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());

        // Every data element refers to a key declared for its element kind.
        Assert.All(nodes.SelectMany(n => n.Elements(g + "data")), d => Assert.Equal("node", keys[(string)d.Attribute("key")!]));
        Assert.All(edges.SelectMany(e => e.Elements(g + "data")), d => Assert.Equal("edge", keys[(string)d.Attribute("key")!]));

        // Arabic labels survive.
        var kz = nodes.Single(n => (string)n.Attribute("id")! == "country:KZ");
        Assert.Equal("كازاخستان", kz.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "labels_ar").Value);
    }

    [Fact]
    public async Task GraphML_reads_back_with_an_XmlReader_that_checks_characters()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        using var sw = new StringWriter();
        GraphMLWriter.Write(snapshot, sw);
        using var reader = XmlReader.Create(new StringReader(sw.ToString()), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        var elements = 0;
        while (reader.Read())
        {
            elements += reader.NodeType == XmlNodeType.Element ? 1 : 0;
        }

        Assert.True(elements > snapshot.Entities.Count + snapshot.Relations.Count);
    }

    [Fact]
    public async Task Csv_files_carry_the_neo4j_admin_import_headers()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        var dir = Path.Combine(fixture.Directory, "csv-" + Guid.NewGuid().ToString("N"));
        var files = Neo4jCsvWriter.Write(snapshot, dir);
        Assert.Equal(9, files.Count);
        string Header(string name) => File.ReadLines(Path.Combine(dir, name)).First();
        Assert.Equal("id:ID(Entity),name,type,labels_en,labels_ar,aliases:string[],:LABEL", Header("entities.csv"));
        Assert.Equal("id:ID(Article),title,date,lang,url,source,:LABEL", Header("articles.csv"));
        Assert.Equal("id:ID(Statement),predicate,status,time,role,item,weapon,count,share,length,of,sentence:int,start:int,end:int,evidence,rule,confidence:double,:LABEL", Header("statements.csv"));
        Assert.Equal(":START_ID(Article),:END_ID(Statement),:TYPE", Header("states.csv"));
        foreach (var name in new[] { "subject.csv", "object.csv", "attributed_to.csv", "denied_by.csv" })
        {
            Assert.Equal(":START_ID(Statement),:END_ID(Entity),:TYPE", Header(name));
        }

        Assert.Equal(":START_ID(Entity),:END_ID(Entity),:TYPE,mentions:int,first_seen,last_seen,statuses:string[]", Header("relationships.csv"));
    }

    [Fact]
    public async Task Csv_rows_have_as_many_fields_as_headers_and_hold_the_graph()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        var dir = Path.Combine(fixture.Directory, "csv-" + Guid.NewGuid().ToString("N"));
        Neo4jCsvWriter.Write(snapshot, dir);
        var tables = Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, f => Csv.Parse(File.ReadAllText(f)), StringComparer.Ordinal);
        foreach (var (name, table) in tables)
        {
            Assert.All(table, row => Assert.Equal(table[0].Count, row.Count));
        }

        Assert.Equal(ExpectedEntities().Count, tables["entities.csv"].Count - 1);
        Assert.Equal(fixture.Statements.Select(s => s.Id).Distinct().Count(), tables["statements.csv"].Count - 1);
        Assert.Equal(ExpectedRelations(), tables["relationships.csv"].Skip(1).Select(r => $"{r[0]} {r[2]} {r[1]}").ToHashSet(StringComparer.Ordinal));
        var sanction = tables["relationships.csv"].Single(r => r[2] == "SANCTIONED" && r[0] == "country:RU");
        Assert.Equal(["org:keir-starmers-government", "1", "2024-11-28", "2024-11-28", "asserted"], sanction.Skip(1).Where((_, i) => i != 1));
        Assert.Contains(tables["entities.csv"], r => r[0] == "country:KZ" && r[^1] == "Entity;Country" && r[4] == "كازاخستان");
    }

    [Fact]
    public async Task Cypher_script_keeps_data_in_param_lines_and_statements_fixed()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        using var sw = new StringWriter();
        CypherScriptWriter.Write(snapshot, sw, batchSize: 100);
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var statements = lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith(":param", StringComparison.Ordinal)).ToList();
        var parameters = lines.Where(l => l.StartsWith(":param rows => [", StringComparison.Ordinal)).ToList();
        Assert.All(statements, s => Assert.EndsWith(";", s, StringComparison.Ordinal));
        // No entity id, name or evidence inside a statement: only the parameter lines carry data.
        Assert.DoesNotContain(statements, s => s.Contains("country:KZ", StringComparison.Ordinal) || s.Contains("Kazakhstan", StringComparison.Ordinal));
        Assert.Contains(parameters, p => p.Contains("'country:KZ'", StringComparison.Ordinal));
        // Each :param line is followed by the statement that uses it.
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(":param", StringComparison.Ordinal))
            {
                Assert.StartsWith("UNWIND $rows AS row", lines[i + 1], StringComparison.Ordinal);
            }
        }

        // Relationship types and labels come from the schema's fixed lists.
        var types = statements.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, @"MERGE \(x\)-\[r:([A-Z_]+)\]").Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.Subset(RelationSchema.Predicates.Select(p => p.Name).ToHashSet(), types);
        // 196 statements in batches of 100.
        Assert.Equal(2, statements.Count(s => s.Contains("MERGE (s:Statement", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cypher_literals_escape_quotes_backslashes_and_line_breaks()
    {
        Assert.Equal(@"'it\'s a \\ path\nnext'", CypherLiteral.Of("it's a \\ path\nnext"));
        Assert.Equal("{id: 'a', n: 3, x: null, l: ['p', 'q'], `odd key`: true}", CypherLiteral.Of(new Dictionary<string, object?> { ["id"] = "a", ["n"] = 3L, ["x"] = null, ["l"] = new List<string> { "p", "q" }, ["odd key"] = true }));
        Assert.Equal("0.9", CypherLiteral.Of(0.9));
        Assert.Equal("1.0", CypherLiteral.Of(1.0));
    }

    [Fact]
    public async Task Jsonl_export_reads_back_as_the_same_statements()
    {
        var snapshot = await GraphSnapshot.LoadAsync(fixture.StorePath);
        using var sw = new StringWriter();
        StatementJsonlWriter.Write(snapshot, sw);
        var back = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(StatementJson.Parse).ToList();
        var expected = fixture.Statements.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        Assert.Equal(expected.Count, back.Count);
        foreach (var s in back)
        {
            // The id is a content hash: equal ids mean equal article, sentence, subject, predicate and object.
            var e = expected[s.Id];
            Assert.Equal((e.Status, e.AttributedTo?.Id, e.DeniedBy?.Id, e.Evidence), (s.Status, s.AttributedTo?.Id, s.DeniedBy?.Id, s.Evidence));
            Assert.Equal(e.Qualifiers.OrderBy(q => q.Key), s.Qualifiers.OrderBy(q => q.Key));
        }
    }

    /// <summary>A small RFC 4180 reader for the assertions.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                }
                else
                {
                    field.Append(c);
                }
            }

            return rows;
        }
    }
}
