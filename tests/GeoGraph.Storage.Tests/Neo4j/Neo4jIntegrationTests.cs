using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>
/// Against a live Neo4j (<c>NEO4J_URI</c>): loads the dev articles, reloads them, changes one, and checks counts and
/// hand-checked relationships. All data of a run carries a unique id prefix and is deleted afterwards, so the tests can
/// share a database with other data. Skipped (and shown as skipped) without a server.
/// </summary>
public sealed class Neo4jIntegrationTests : IAsyncLifetime
{
    private readonly string _prefix = $"it-{Guid.NewGuid():N}:";
    private Neo4jConnectionSettings? _settings;
    private IDriver? _driver;

    public Task InitializeAsync()
    {
        _settings = Neo4jConnectionSettings.Resolve(null);
        _driver = _settings?.CreateDriver(c => c.WithConnectionTimeout(TimeSpan.FromSeconds(10)).WithMaxTransactionRetryTime(TimeSpan.FromSeconds(15)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_driver is null)
        {
            return;
        }

        try
        {
            await ScalarAsync(
                "MATCH (n) WHERE (n:Entity OR n:Article OR n:Statement) AND n.id STARTS WITH $prefix DETACH DELETE n RETURN count(*) AS n");
        }
        finally
        {
            await _driver.DisposeAsync();
        }
    }

    [Neo4jFact]
    public async Task Dev_articles_load_and_reload_without_changing_counts()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Neo4jSchema.ApplyAsync(_driver!, _settings!.Database, cts.Token);
        await Neo4jSchema.ApplyAsync(_driver!, _settings!.Database, cts.Token); // idempotent
        var articles = DevArticles.Load(_prefix);
        var distinctStatements = articles.SelectMany(a => a.Statements).Select(s => s.Id).Distinct().Count();

        await using var sink = Neo4jGraphSink.Create(_driver!, _settings.Database, new Neo4jSinkOptions { BatchSize = 50 });
        var first = await sink.WriteAsync(articles, cts.Token);
        var counts = await CountsAsync();
        var second = await sink.WriteAsync(articles, cts.Token);

        Assert.Equal(new SinkResult(articles.Count, 0, distinctStatements), first);
        Assert.Equal(new SinkResult(0, articles.Count, 0), second);
        Assert.Equal(articles.Count, counts.Articles);
        Assert.Equal(distinctStatements, counts.Statements);
        Assert.Equal(counts, await CountsAsync());
    }

    [Neo4jFact]
    public async Task Hand_checked_relationships_of_the_Kazakhstan_article_are_there()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var sink = Neo4jGraphSink.Create(_driver!, _settings!.Database);
        await sink.WriteAsync(DevArticles.Load(_prefix), cts.Token);

        // Typed relationships, with the type label on each end.
        Assert.Equal(1L, await ScalarAsync(
            "MATCH (:Person {id: $prefix + 'Vladimir Putin'})-[r:VISITED]->(:Country {id: $prefix + 'Kazakhstan'}) " +
            "WHERE r.mentions >= 1 AND 'asserted' IN r.statuses AND r.first_seen = '2024-11-28' RETURN count(r) AS n"));
        Assert.Equal(1L, await ScalarAsync(
            "MATCH (:Country {id: $prefix + 'Kazakhstan'})-[r:MEMBER_OF]->(:Organization {id: $prefix + 'Collective Security Treaty Organization'}) RETURN count(r) AS n"));
        // ALLY_OF is symmetric: one relationship between the two, whichever way the statements ran.
        Assert.Equal(1L, await ScalarAsync(
            "MATCH (:Country {id: $prefix + 'Kazakhstan'})-[r:ALLY_OF]-(:Country {id: $prefix + 'Russia'}) RETURN count(r) AS n"));
        // Provenance: the statement behind the visit, its article and its qualifier.
        Assert.Equal(1L, await ScalarAsync(
            "MATCH (a:Article {id: $prefix + 'seed-kazakhstan'})-[:STATES]->(s:Statement {predicate: 'VISITED'})-[:SUBJECT]->(:Entity {id: $prefix + 'Vladimir Putin'}), " +
            "(s)-[:OBJECT]->(:Entity {id: $prefix + 'Kazakhstan'}) WHERE s.time = '2024-11-27' AND s.evidence CONTAINS 'كازاخستان' RETURN count(s) AS n"));
        // The full-text index finds the entity by its Arabic name.
        Assert.True(await ScalarAsync(
            "CALL db.index.fulltext.queryNodes('entity_names', 'كازاخستان') YIELD node WHERE node.id STARTS WITH $prefix RETURN count(node) AS n") >= 1);
    }

    [Neo4jFact]
    public async Task Changed_article_replaces_its_statements_and_drops_unsupported_relationships()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var articles = DevArticles.Load(_prefix);
        var seed = articles.Single(a => a.Article.Id == _prefix + "seed-kazakhstan");
        await using var sink = Neo4jGraphSink.Create(_driver!, _settings!.Database);
        await sink.WriteAsync([seed], cts.Token);

        // A corrected version of the article: new text, and no VISITED statements any more.
        var corrected = new ArticleStatements(seed.Article with { Text = seed.Article.Text + "\n(corrected)" },
            [.. seed.Statements.Where(s => s.Predicate != Core.Schema.Predicate.Visited)]);
        var result = await sink.WriteAsync([corrected], cts.Token);

        Assert.Equal(1, result.ArticlesWritten);
        Assert.Equal(0L, await ScalarAsync(
            "MATCH (a:Article {id: $prefix + 'seed-kazakhstan'})-[:STATES]->(s:Statement {predicate: 'VISITED'}) RETURN count(s) AS n"));
        Assert.Equal(0L, await ScalarAsync(
            "MATCH (:Entity {id: $prefix + 'Vladimir Putin'})-[r:VISITED]->() RETURN count(r) AS n"));
        Assert.Equal(1L, await ScalarAsync(
            "MATCH (:Country {id: $prefix + 'Kazakhstan'})-[r:MEMBER_OF]->() RETURN count(r) AS n"));
    }

    private async Task<(long Articles, long Statements, long Entities, long Typed)> CountsAsync() => (
        await ScalarAsync("MATCH (n:Article) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n"),
        await ScalarAsync("MATCH (n:Statement)<-[:STATES]-(a:Article) WHERE a.id STARTS WITH $prefix RETURN count(n) AS n"),
        await ScalarAsync("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n"),
        await ScalarAsync("MATCH (x:Entity)-[r]->(y:Entity) WHERE x.id STARTS WITH $prefix AND NOT type(r) IN ['SUBJECT', 'OBJECT'] RETURN count(r) AS n"));

    private async Task<long> ScalarAsync(string query)
    {
        await using var session = _driver!.AsyncSession(b =>
        {
            if (_settings!.Database is not null)
            {
                b.WithDatabase(_settings.Database);
            }
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var cursor = await session.RunAsync(query, new Dictionary<string, object?> { ["prefix"] = _prefix }, cts.Token);
        var records = await cursor.ToListAsync(cts.Token);
        return records.Count == 0 ? 0 : Convert.ToInt64(records[0]["n"], System.Globalization.CultureInfo.InvariantCulture);
    }
}
