using GeoGraph.Bolt.Testing;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>
/// Result and transaction lifetimes the way Neo4j.Driver has them (and Neo4j's driver test kit checks): several open
/// results per transaction, failures that end the transaction, records that outlive a failure, results that end with
/// their transaction, and a closed driver that leaves no socket open.
/// </summary>
public class ResultScopeTests
{
    private const string Login = """
        !: BOLT 5.4
        !: ALLOW RESET
        C: HELLO {"user_agent": *, ...}
        S: SUCCESS {"server": "Neo4j/5.23.0", "connection_id": "bolt-40"}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
        S: SUCCESS {}

        """;

    private static async Task Play(string script, Func<IDriver, Task> work, Action<DriverConfigBuilder>? configure = null)
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + script));
        await using (var driver = Scripted.Driver(server, configure: configure))
        {
            await Scripted.Within(work(driver));
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Two_results_stay_open_in_one_transaction_and_the_older_is_pulled_by_qid()
    {
        await Play("""
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "A" {} {}
            S: SUCCESS {"fields": ["a"], "qid": 0}
            C: PULL {"n": 1}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: RUN "B" {} {}
            S: SUCCESS {"fields": ["b"], "qid": 1}
            C: PULL {"n": 1}
            S: RECORD [10]
            S: SUCCESS {"type": "r"}
            C: PULL {"n": 1, "qid": 0}
            S: RECORD [2]
            S: SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:1"}
            """, async driver =>
        {
            await using var session = driver.AsyncSession(c => c.WithFetchSize(1));
            var tx = await session.BeginTransactionAsync();
            var a = await tx.RunAsync("A");
            Assert.True(await a.FetchAsync());
            var b = await tx.RunAsync("B");
            Assert.Equal([10L], (await b.ToListAsync()).Select(r => r["b"]));
            Assert.True(await a.FetchAsync());
            Assert.Equal(2L, a.Current["a"]);
            Assert.False(await a.FetchAsync());
            await tx.CommitAsync();

            // Results end with their transaction.
            await Assert.ThrowsAsync<ResultConsumedException>(() => a.FetchAsync());
        }, c => c.WithFetchSize(1));
    }

    [Fact]
    public async Task A_failed_run_fails_the_other_open_results_without_more_requests_and_terminates_the_transaction()
    {
        await Play("""
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "A" {} {}
            S: SUCCESS {"fields": ["a"], "qid": 0}
            C: PULL {"n": 2}
            S: RECORD [1]
            S: RECORD [2]
            S: SUCCESS {"has_more": true}
            C: RUN "bad" {} {}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}
            C: PULL {"n": 2}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """, async driver =>
        {
            await using var session = driver.AsyncSession(c => c.WithFetchSize(2));
            var tx = await session.BeginTransactionAsync();
            var a = await tx.RunAsync("A");
            var bad = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("bad"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", bad.Code);

            // The earlier result now fails with the same error (no DISCARD is sent: the script would refuse it).
            var again = await Assert.ThrowsAsync<ClientException>(() => a.ConsumeAsync());
            Assert.Same(bad, again);

            var terminated = await Assert.ThrowsAsync<TransactionTerminatedException>(() => tx.RunAsync("B"));
            Assert.Same(bad, terminated.InnerException);
            await tx.RollbackAsync();
        });
    }

    [Fact]
    public async Task Records_that_arrived_before_a_failure_are_read_first()
    {
        await Play("""
            C: RUN "A" {} {}
            S: SUCCESS {"fields": ["a"]}
            C: PULL {"n": 1000}
            S: RECORD [1]
            S: RECORD [2]
            S: FAILURE {"code": "Neo.TransientError.General.OutOfMemoryError", "message": "oom"}
            """, async driver =>
        {
            await using var session = driver.AsyncSession();
            var a = await session.RunAsync("A");
            Assert.True(await a.FetchAsync());
            Assert.True(await a.FetchAsync());
            Assert.Equal(2L, a.Current["a"]);
            var e = await Assert.ThrowsAsync<TransientException>(() => a.FetchAsync());
            Assert.Equal("oom", e.Message);
        });
    }

    [Fact]
    public async Task A_new_query_in_the_session_buffers_the_previous_result_instead_of_discarding_it()
    {
        await Play("""
            C: RUN "A" {} {}
            S: SUCCESS {"fields": ["a"]}
            C: PULL {"n": 1}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 1}
            S: RECORD [2]
            S: SUCCESS {"type": "r"}
            C: RUN "B" {} {}
            S: SUCCESS {"fields": ["b"]}
            C: PULL {"n": 1}
            S: SUCCESS {"type": "r"}
            """, async driver =>
        {
            await using var session = driver.AsyncSession(c => c.WithFetchSize(1));
            var a = await session.RunAsync("A");
            Assert.True(await a.FetchAsync());
            var b = await session.RunAsync("B");
            Assert.Empty(await b.ToListAsync());
            Assert.True(await a.FetchAsync());
            Assert.Equal(2L, a.Current["a"]);
        });
    }

    [Fact]
    public async Task Closing_the_driver_closes_connections_lent_to_open_results()
    {
        // The script ends when the client closes the socket; with the result still open, only closing the driver does.
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + """
            C: RUN "A" {} {}
            S: SUCCESS {"fields": ["a"]}
            C: PULL {"n": 1}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            """));
        var driver = Scripted.Driver(server, configure: c => c.WithFetchSize(1));
        var session = driver.AsyncSession();
        var a = await Scripted.Within(session.RunAsync("A"));
        Assert.True(await Scripted.Within(a.FetchAsync()));
        await Scripted.Within(driver.DisposeAsync().AsTask());
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => Scripted.Within(a.FetchAsync()));
    }
}
