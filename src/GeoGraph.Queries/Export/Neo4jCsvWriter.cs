using System.Globalization;
using System.Text;
using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Export;

/// <summary>
/// Writes the graph as the CSV files <c>neo4j-admin database import full</c> reads: node files with an <c>:ID</c> column
/// (one ID space per node kind) and a <c>:LABEL</c> column, relationship files with <c>:START_ID</c>, <c>:END_ID</c>
/// and <c>:TYPE</c>. Arrays use neo4j-admin's default delimiter <c>;</c>. The model is the one the Neo4j loader builds.
/// </summary>
public static class Neo4jCsvWriter
{
    /// <summary>Qualifiers the Neo4j model keeps as statement properties.</summary>
    public static readonly IReadOnlyList<string> QualifierColumns = ["role", "item", "weapon", "count", "share", "length", "of"];

    /// <summary>The header row of each file, by file name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["entities.csv"] = "id:ID(Entity),name,type,labels_en,labels_ar,aliases:string[],:LABEL",
        ["articles.csv"] = "id:ID(Article),title,date,lang,url,source,:LABEL",
        ["statements.csv"] = "id:ID(Statement),predicate,status,time," + string.Join(",", QualifierColumns) + ",sentence:int,start:int,end:int,evidence,rule,confidence:double,:LABEL",
        ["states.csv"] = ":START_ID(Article),:END_ID(Statement),:TYPE",
        ["subject.csv"] = ":START_ID(Statement),:END_ID(Entity),:TYPE",
        ["object.csv"] = ":START_ID(Statement),:END_ID(Entity),:TYPE",
        ["attributed_to.csv"] = ":START_ID(Statement),:END_ID(Entity),:TYPE",
        ["denied_by.csv"] = ":START_ID(Statement),:END_ID(Entity),:TYPE",
        ["relationships.csv"] = ":START_ID(Entity),:END_ID(Entity),:TYPE,mentions:int,first_seen,last_seen,statuses:string[]",
    };

    /// <summary>The import command for the files written to a folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>A <c>neo4j-admin database import full</c> command line.</returns>
    public static string ImportCommand(string directory)
    {
        string F(string name) => Path.Combine(directory, name);
        return "neo4j-admin database import full --multiline-fields=true " +
            $"--nodes={F("entities.csv")} --nodes={F("articles.csv")} --nodes={F("statements.csv")} " +
            $"--relationships={F("states.csv")} --relationships={F("subject.csv")} --relationships={F("object.csv")} " +
            $"--relationships={F("attributed_to.csv")} --relationships={F("denied_by.csv")} --relationships={F("relationships.csv")} neo4j";
    }

    /// <summary>Writes the files into a folder (created if missing).</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="directory">The folder.</param>
    /// <returns>The paths written, in <see cref="Headers"/> order.</returns>
    public static IReadOnlyList<string> Write(GraphSnapshot snapshot, string directory)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Directory.CreateDirectory(directory);
        var rows = new Dictionary<string, List<string?[]>>(StringComparer.Ordinal);
        foreach (var name in Headers.Keys)
        {
            rows[name] = [];
        }

        foreach (var e in snapshot.Entities)
        {
            rows["entities.csv"].Add([e.Id, e.Name, e.Type, e.Labels.GetValueOrDefault("en"), e.Labels.GetValueOrDefault("ar"), Array(e.Aliases), "Entity;" + e.Type]);
        }

        foreach (var a in snapshot.Articles)
        {
            rows["articles.csv"].Add([a.Id, a.Title, a.Date, a.Lang, a.Url, a.Source, "Article"]);
        }

        foreach (var s in snapshot.Statements)
        {
            rows["statements.csv"].Add([
                s.Id, s.Predicate, s.Status, s.Time,
                .. QualifierColumns.Select(q => s.Qualifiers.GetValueOrDefault(q)),
                Int(s.Evidence.Sentence), Int(s.Evidence.Start), Int(s.Evidence.End), s.Evidence.Text, s.Rule,
                s.Confidence.ToString("R", CultureInfo.InvariantCulture), "Statement",
            ]);
            rows["states.csv"].Add([s.ArticleId, s.Id, "STATES"]);
            rows["subject.csv"].Add([s.Id, s.Subject.Id, "SUBJECT"]);
            rows["object.csv"].Add([s.Id, s.Object.Id, "OBJECT"]);
            if (s.AttributedTo is EntityRef by)
            {
                rows["attributed_to.csv"].Add([s.Id, by.Id, "ATTRIBUTED_TO"]);
            }

            if (s.DeniedBy is EntityRef denied)
            {
                rows["denied_by.csv"].Add([s.Id, denied.Id, "DENIED_BY"]);
            }
        }

        foreach (var r in snapshot.Relations)
        {
            rows["relationships.csv"].Add([r.Subject, r.Object, r.Predicate, r.Mentions.ToString(CultureInfo.InvariantCulture), r.FirstSeen, r.LastSeen, Array(r.Statuses)]);
        }

        var paths = new List<string>();
        foreach (var (name, header) in Headers)
        {
            var path = Path.Combine(directory, name);
            using var w = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
            w.WriteLine(header);
            foreach (var row in rows[name])
            {
                w.WriteLine(string.Join(",", row.Select(Field)));
            }

            paths.Add(path);
        }

        return paths;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // neo4j-admin splits arrays on ';'; a ';' inside one value would split it, so it becomes ','.
    private static string? Array(IEnumerable<string> values) => string.Join(";", values.Select(v => v.Replace(';', ',')));

    // Empty fields are nulls to neo4j-admin; everything else is quoted with doubled quotes, so commas, quotes and line
    // breaks (with --multiline-fields) survive.
    private static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
