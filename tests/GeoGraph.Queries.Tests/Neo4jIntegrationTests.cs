using GeoGraph.Bolt;
using GeoGraph.Core.Schema;
using GeoGraph.Queries.Export;
using GeoGraph.Queries.Results;
using GeoGraph.Queries.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries.Tests;

/// <summary>
/// Against a live Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE): loads the fixture graph in the
/// loader's model with parameterised Cypher, runs every query on both stores and compares the answers. The database
/// must be empty or hold only this fixture; it is replaced.
/// </summary>
public sealed class Neo4jIntegrationTests(FixtureGraph fixture) : IClassFixture<FixtureGraph>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Neo4jFact]
    public async Task Every_query_answers_on_Neo4j_as_on_the_embedded_store()
    {
        var user = Environment.GetEnvironmentVariable("NEO4J_USERNAME");
        var auth = string.IsNullOrEmpty(user) ? AuthTokens.None : AuthTokens.Basic(user, Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty);
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        await using var driver = GraphDatabase.Driver(Environment.GetEnvironmentVariable("NEO4J_URI")!, auth, c => c.WithConnectionTimeout(TimeSpan.FromSeconds(10)));
        await LoadAsync(driver, database, await GraphSnapshot.LoadAsync(fixture.StorePath)).WaitAsync(Timeout);

        await using var neo = new Neo4jGraphQueries(driver, database);
        await using var embedded = fixture.Open();
        var cases = new (string Name, Func<IGraphQueries, Task<object>> Run)[]
        {
            ("entity Russia", async q => await q.EntityAsync("Russia")),
            ("entity Lavrov", async q => await q.EntityAsync("Lavrov")),
            ("entity Tokayef", async q => await q.EntityAsync("Tokayef")),
            ("neighbors Russia", async q => await q.NeighborsAsync("Russia")),
            ("neighbors filtered", async q => await q.NeighborsAsync("Kazakhstan", new NeighborFilter { Family = "conflictual", From = "2024-11", Statuses = ["asserted"] })),
            ("between", async q => await q.BetweenAsync("Ukraine", "Russia")),
            ("path", async q => await q.PathAsync("Tokayev", "Germany")),
            ("path excluded", async q => await q.PathAsync("Tokayev", "Germany", 4, ["THREATENED"])),
            ("timeline", async q => await q.TimelineAsync("Kazakhstan")),
            ("who", async q => await q.WhoAsync("SANCTIONED")),
            ("claims", async q => await q.ClaimsAsync(limit: 1000)),
            ("claims Germany", async q => await q.ClaimsAsync("Germany")),
            ("evidence", async q => await q.EvidenceAsync("Russia", "SANCTIONED", "British ministers")),
            ("top degree", async q => await q.TopAsync(TopMeasure.Degree, 15)),
            ("top pagerank", async q => await q.TopAsync(TopMeasure.PageRank, 15)),
            ("relations", async q => await q.RelationsAsync("United States", "Cuba")),
            ("co-mentions", async q => await q.CoMentionsAsync("Russia")),
        };
        foreach (var (name, run) in cases)
        {
            var expected = Normalise(await run(embedded));
            var actual = Normalise(await run(neo).WaitAsync(Timeout));
            Assert.True(JToken.DeepEquals(expected, actual), $"{name} differs:\nembedded {expected}\nneo4j    {actual}");
        }
    }

    // Paths compare by their keys (symmetric steps may be stored either way round); scores to 9 digits.
    private static JToken Normalise(object result)
    {
        if (result is PathResult p)
        {
            return JToken.FromObject(new { p.From, p.To, p.Hops, Keys = p.Paths.Select(x => x.Key).ToList() });
        }

        var token = JToken.FromObject(result);
        foreach (var score in token.SelectTokens("$..Score").OfType<JValue>().ToList())
        {
            score.Value = Math.Round(score.Value<double>(), 9);
        }

        return token;
    }

    private static async Task LoadAsync(IDriver driver, string? database, GraphSnapshot g)
    {
        var session = driver.AsyncSession(b =>
        {
            if (database is not null)
            {
                b.WithDatabase(database);
            }
        });
        await using var _ = session;
        async Task Run(string query, object? rows = null) =>
            await (await session.RunAsync(query, rows is null ? null : new Dictionary<string, object?> { ["rows"] = rows })).ConsumeAsync();

        var cursor = await session.RunAsync("MATCH (a:Article) RETURN collect(a.id) AS ids");
        var existing = (await cursor.ToListAsync())[0]["ids"] as IEnumerable<object?> ?? [];
        var ours = g.Articles.Select(a => a.Id).ToHashSet();
        Assert.True(existing.All(id => ours.Contains((string)id!)), "the Neo4j database holds other articles; point NEO4J_URI/NEO4J_DATABASE at an empty database.");
        await Run("MATCH (n) DETACH DELETE n");

        foreach (var type in RelationSchema.EntityTypeNames)
        {
            var rows = g.Entities.Where(e => e.Type == type).Select(e => new Dictionary<string, object?>
            {
                ["id"] = e.Id, ["name"] = e.Name, ["type"] = e.Type, ["labels_en"] = e.Labels.GetValueOrDefault("en"),
                ["labels_ar"] = e.Labels.GetValueOrDefault("ar"), ["aliases"] = e.Aliases.ToList(),
            }).ToList();
            // The label is one of the schema's seven type names, not data.
            await Run($"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e:{type}, e.name = row.name, e.type = row.type, e.labels_en = row.labels_en, e.labels_ar = row.labels_ar, e.aliases = row.aliases", rows);
        }

        await Run("UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.date = row.date, a.lang = row.lang, a.url = row.url, a.source = row.source",
            g.Articles.Select(a => new Dictionary<string, object?> { ["id"] = a.Id, ["title"] = a.Title, ["date"] = a.Date, ["lang"] = a.Lang, ["url"] = a.Url, ["source"] = a.Source }).ToList());
        await Run(
            "UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (x:Entity {id: row.subject}) MATCH (y:Entity {id: row.object}) " +
            "MERGE (s:Statement {id: row.id}) SET s += row.qualifiers, s.predicate = row.predicate, s.status = row.status, s.time = row.time, " +
            "s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.evidence = row.evidence, s.rule = row.rule, s.confidence = row.confidence " +
            "MERGE (a)-[:STATES]->(s) MERGE (s)-[:SUBJECT]->(x) MERGE (s)-[:OBJECT]->(y) " +
            "WITH s, row OPTIONAL MATCH (c:Entity {id: row.attributed_to}) OPTIONAL MATCH (d:Entity {id: row.denied_by}) " +
            "FOREACH (e IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (s)-[:ATTRIBUTED_TO]->(e)) " +
            "FOREACH (e IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (s)-[:DENIED_BY]->(e))",
            g.Statements.Select(s => new Dictionary<string, object?>
            {
                ["id"] = s.Id, ["article"] = s.ArticleId, ["subject"] = s.Subject.Id, ["object"] = s.Object.Id, ["predicate"] = s.Predicate,
                ["status"] = s.Status, ["time"] = s.Time, ["attributed_to"] = s.AttributedTo?.Id, ["denied_by"] = s.DeniedBy?.Id,
                ["qualifiers"] = s.Qualifiers.ToDictionary(q => q.Key, q => (object?)q.Value),
                ["sentence"] = (long)s.Evidence.Sentence, ["start"] = (long)s.Evidence.Start, ["end"] = (long)s.Evidence.End,
                ["evidence"] = s.Evidence.Text, ["rule"] = s.Rule, ["confidence"] = s.Confidence,
            }).ToList());
        foreach (var predicate in RelationSchema.Predicates.Select(p => p.Name))
        {
            var rows = g.Relations.Where(r => r.Predicate == predicate).Select(r => new Dictionary<string, object?> { ["subject"] = r.Subject, ["object"] = r.Object, ["mentions"] = r.Mentions }).ToList();
            if (rows.Count > 0)
            {
                // The type is one of the schema's predicates, not data.
                await Run($"UNWIND $rows AS row MATCH (x:Entity {{id: row.subject}}) MATCH (y:Entity {{id: row.object}}) MERGE (x)-[r:{predicate}]->(y) SET r.mentions = row.mentions", rows);
            }
        }
    }
}
