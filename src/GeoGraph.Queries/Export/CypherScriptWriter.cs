using GeoGraph.Core.Schema;

namespace GeoGraph.Queries.Export;

/// <summary>
/// Writes the graph as a cypher-shell script (<c>cypher-shell -f graph.cypher</c>): batches of rows set with
/// <c>:param rows =&gt; [...]</c>, each followed by one fixed, parameterised <c>UNWIND $rows</c> statement. Labels and
/// relationship types cannot be parameters, so each entity type and predicate gets its own statement, spelled from the
/// schema's fixed lists, never from data. Re-running the script MERGEs onto the same nodes.
/// </summary>
public static class CypherScriptWriter
{
    /// <summary>Writes the script.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="batchSize">Rows per <c>:param</c> batch.</param>
    public static void Write(GraphSnapshot snapshot, TextWriter writer, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("// GeoGraph graph export: run with  cypher-shell -a bolt://localhost:7687 -u neo4j -f THIS_FILE");
        writer.WriteLine("// Data travels in :param lines; every statement below is fixed text with parameters only.");
        writer.WriteLine("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;");
        writer.WriteLine("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;");
        writer.WriteLine("CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;");
        foreach (var type in RelationSchema.EntityTypeNames)
        {
            var rows = snapshot.Entities.Where(e => e.Type == type).Select(e => (object?)Row(
                ("id", e.Id), ("name", e.Name), ("type", e.Type), ("labels_en", e.Labels.GetValueOrDefault("en")),
                ("labels_ar", e.Labels.GetValueOrDefault("ar")), ("aliases", e.Aliases.ToList())));
            Batches(writer, rows, batchSize,
                $"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e:{type}, e.name = row.name, e.type = row.type, " +
                "e.labels_en = row.labels_en, e.labels_ar = row.labels_ar, e.aliases = row.aliases;");
        }

        Batches(writer, snapshot.Articles.Select(a => (object?)Row(("id", a.Id), ("title", a.Title), ("date", a.Date), ("lang", a.Lang), ("url", a.Url), ("source", a.Source))), batchSize,
            "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.date = row.date, a.lang = row.lang, a.url = row.url, a.source = row.source;");

        var statementRows = snapshot.Statements.Select(s => (object?)Row(
            [
                ("id", s.Id), ("article", s.ArticleId), ("subject", s.Subject.Id), ("object", s.Object.Id), ("predicate", s.Predicate),
                ("status", s.Status), ("time", s.Time), ("attributed_to", s.AttributedTo?.Id), ("denied_by", s.DeniedBy?.Id),
                .. Neo4jCsvWriter.QualifierColumns.Select(q => (q, (object?)s.Qualifiers.GetValueOrDefault(q))),
                ("sentence", s.Evidence.Sentence), ("start", s.Evidence.Start), ("end", s.Evidence.End), ("evidence", s.Evidence.Text),
                ("rule", s.Rule), ("confidence", s.Confidence),
            ]));
        Batches(writer, statementRows, batchSize,
            "UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (x:Entity {id: row.subject}) MATCH (y:Entity {id: row.object}) " +
            "MERGE (s:Statement {id: row.id}) SET s.predicate = row.predicate, s.status = row.status, s.time = row.time, " +
            string.Concat(Neo4jCsvWriter.QualifierColumns.Select(q => $"s.{q} = row.{q}, ")) +
            "s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.evidence = row.evidence, s.rule = row.rule, s.confidence = row.confidence " +
            "MERGE (a)-[:STATES]->(s) MERGE (s)-[:SUBJECT]->(x) MERGE (s)-[:OBJECT]->(y) " +
            "WITH s, row OPTIONAL MATCH (c:Entity {id: row.attributed_to}) OPTIONAL MATCH (d:Entity {id: row.denied_by}) " +
            "FOREACH (e IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (s)-[:ATTRIBUTED_TO]->(e)) " +
            "FOREACH (e IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (s)-[:DENIED_BY]->(e));");

        foreach (var predicate in RelationSchema.Predicates.Select(p => p.Name))
        {
            var rows = snapshot.Relations.Where(r => r.Predicate == predicate).Select(r => (object?)Row(
                ("subject", r.Subject), ("object", r.Object), ("mentions", r.Mentions), ("first_seen", r.FirstSeen), ("last_seen", r.LastSeen), ("statuses", r.Statuses.ToList())));
            Batches(writer, rows, batchSize,
                $"UNWIND $rows AS row MATCH (x:Entity {{id: row.subject}}) MATCH (y:Entity {{id: row.object}}) MERGE (x)-[r:{predicate}]->(y) " +
                "SET r.mentions = row.mentions, r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.statuses = row.statuses;");
        }
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static void Batches(TextWriter writer, IEnumerable<object?> rows, int batchSize, string statement)
    {
        foreach (var batch in rows.Chunk(Math.Max(1, batchSize)))
        {
            writer.WriteLine(":param rows => " + CypherLiteral.Of(batch));
            writer.WriteLine(statement);
        }
    }
}
