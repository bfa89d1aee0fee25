using System.Diagnostics;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>Session, cursor and retry rules, each against a small inline script.</summary>
public class SessionBehaviourTests
{
    private const string Login = """
        !: BOLT 5.4
        C: HELLO {"user_agent": *, ...}
        S: SUCCESS {"server": "Neo4j/5.23.0", "connection_id": "bolt-30"}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
        S: SUCCESS {}

        """;

    [Fact]
    public async Task Consuming_early_discards_the_rest_of_the_stream()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            C: RUN "UNWIND range(1, 9) AS i RETURN i" {} {}
            S: SUCCESS {"fields": ["i"]}
            C: PULL {"n": 2}
            S: RECORD [1]
            S: RECORD [2]
            S: SUCCESS {"has_more": true}
            C: DISCARD {"n": -1}
            S: SUCCESS {"type": "r", "bookmark": "bm:d"}
            """));
        await using (var driver = Scripted.Driver(server, configure: c => c.WithFetchSize(2)))
        {
            await using var session = driver.AsyncSession();
            var cursor = await Scripted.Within(session.RunAsync("UNWIND range(1, 9) AS i RETURN i"));
            Assert.True(await cursor.FetchAsync());
            Assert.Equal(1L, cursor.Current["i"]);
            var summary = await Scripted.Within(cursor.ConsumeAsync());
            Assert.Equal("r", summary.QueryType);
            // As in Neo4j.Driver: a consumed result has no more records to give, and says so.
            await Assert.ThrowsAsync<ResultConsumedException>(() => cursor.FetchAsync());
            Assert.Same(summary, await cursor.ConsumeAsync());
            Assert.Equal(Bookmarks.From("bm:d"), session.LastBookmarks);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Terminated_transactions_are_not_retried()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            !: ALLOW RESET
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: FAILURE {"code": "Neo.TransientError.Transaction.Terminated", "message": "terminated by an administrator"}
            C: PULL {"n": 1000}
            S: IGNORED
            """));
        var attempts = 0;
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var e = await Scripted.Within(Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("RETURN 1")).ToListAsync();
            })));
            Assert.False(e.IsRetriable);
        }

        Assert.Equal(1, attempts);
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Retries_stop_after_the_max_retry_time_with_backoff_between_attempts()
    {
        const string attempt = """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}
            C: PULL {"n": 1000}
            S: IGNORED
            C: RESET
            S: SUCCESS {}

            """;
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + string.Concat(Enumerable.Repeat(attempt, 3)) + "*{\n" + attempt + "}\n"));
        var times = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        await using (var driver = Scripted.Driver(server, configure: c => c
            .WithMaxTransactionRetryTime(TimeSpan.FromMilliseconds(2500))
            .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(100))))
        {
            await using var session = driver.AsyncSession();
            var e = await Scripted.Within(Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                times.Add(clock.Elapsed);
                return await (await tx.RunAsync("RETURN 1")).ToListAsync();
            })));
            Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        }

        // 100, 200, 400, 800 ms (±20 %): about five attempts fit in 2.5 s, and each gap grows. The budget is generous
        // because the first attempt (connect, login) counts against it and may take a second on a loaded CI machine;
        // a loaded machine fits fewer attempts in, never fewer than two or shorter gaps.
        Assert.InRange(times.Count, 2, 7);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(75), $"first gap {gaps[0]}");
        Assert.True(gaps.Count < 2 || gaps[1] >= TimeSpan.FromMilliseconds(150), $"gaps {string.Join(", ", gaps)}");
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task A_session_with_an_open_transaction_refuses_other_work()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            C: BEGIN {}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            """));
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var tx = await Scripted.Within(session.BeginTransactionAsync());
            await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"));
            await Scripted.Within(tx.RollbackAsync());
            await Assert.ThrowsAsync<ClientException>(() => tx.CommitAsync());
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            C: BEGIN {"mode": "r", "db": "geo"}
            S: SUCCESS {}
            C: RUN "RETURN 1 AS n" {} {}
            S: SUCCESS {"fields": ["n"]}
            C: PULL {"n": 1000}
            S: RECORD [1]
            S: SUCCESS {"type": "r"}
            C: ROLLBACK
            S: SUCCESS {}
            """));
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("geo").WithDefaultAccessMode(AccessMode.Read));
            await using (var tx = await Scripted.Within(session.BeginTransactionAsync()))
            {
                await tx.RunAsync("RETURN 1 AS n");
            }
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task A_parameter_bolt_cannot_carry_is_a_client_error_and_the_connection_goes_back_to_the_pool()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            C: RUN "RETURN $x AS x" {"x": 5} {}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: RECORD [5]
            S: SUCCESS {"type": "r"}
            """));
        await using (var driver = Scripted.Driver(server, configure: c => c.WithMaxConnectionPoolSize(1)))
        {
            await using var session = driver.AsyncSession();
            var e = await Scripted.Within(Assert.ThrowsAsync<ClientException>(() =>
                session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = new object() })));
            Assert.Contains("RUN", e.Message);

            // The only pooled connection was released: the next query gets it.
            var records = await Scripted.Within((await session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 5 })).ToListAsync());
            Assert.Equal(5L, records.Single()["x"]);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }
}
