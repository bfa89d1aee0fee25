namespace GeoGraph.Bolt.Tests.Live;

/// <summary>Our driver against a real server, when one is configured (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).</summary>
public class LiveNeo4jTests
{
    private static IDriver Connect() => GraphDatabase.Driver(
        Environment.GetEnvironmentVariable("NEO4J_URI")!,
        AuthTokens.Basic(Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? ""),
        c => c.WithConnectionTimeout(TimeSpan.FromSeconds(5)).WithSocketReadTimeout(TimeSpan.FromSeconds(10)));

    [LiveNeo4jFact]
    public async Task Server_answers_a_query_with_typed_values()
    {
        await using var driver = Connect();
        var info = await driver.GetServerInfoAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("Neo4j/", info.Agent, StringComparison.Ordinal);
        await using var session = driver.AsyncSession();
        var cursor = await session.RunAsync("RETURN 1 AS n, 'x' AS s, [1, 2] AS l, {a: 1.5} AS m").WaitAsync(TimeSpan.FromSeconds(10));
        var record = (await cursor.ToListAsync()).Single();
        Assert.Equal(1L, record["n"]);
        Assert.Equal("x", record["s"]);
        Assert.Equal([1L, 2L], record.Get<List<long>>("l"));
        Assert.Equal(1.5, record.Get<Dictionary<string, double>>("m")["a"]);
    }

    [LiveNeo4jFact]
    public async Task Syntax_error_is_a_client_exception_with_its_code()
    {
        await using var driver = Connect();
        await using var session = driver.AsyncSession();
        var e = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +").WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        var cursor = await session.RunAsync("RETURN 2 AS n").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2L, (await cursor.ToListAsync()).Single()["n"]);
    }

    [LiveNeo4jFact]
    public async Task Rolled_back_write_leaves_nothing_and_managed_reads_work()
    {
        await using var driver = Connect();
        await using var session = driver.AsyncSession();
        var marker = Guid.NewGuid().ToString("N");
        await using (var tx = await session.BeginTransactionAsync())
        {
            var summary = await (await tx.RunAsync("CREATE (:GeoGraphLiveTest {id: $id})", new Dictionary<string, object?> { ["id"] = marker })).ConsumeAsync();
            Assert.Equal(1, summary.Counters.NodesCreated);
            await tx.RollbackAsync();
        }

        var count = await session.ExecuteReadAsync(async tx =>
            (await (await tx.RunAsync("MATCH (n:GeoGraphLiveTest {id: $id}) RETURN count(n) AS c", new Dictionary<string, object?> { ["id"] = marker })).ToListAsync())
                .Single().Get<long>("c"));
        Assert.Equal(0, count);
    }
}
