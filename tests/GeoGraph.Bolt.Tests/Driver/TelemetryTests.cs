using GeoGraph.Bolt.Testing;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>TELEMETRY (Bolt 5.4+): sent only when the server's HELLO asks for it and the client did not opt out.</summary>
public class TelemetryTests
{
    private static string Script(bool serverWants, string work) => $$"""
        !: BOLT 5.4
        !: ALLOW RESET
        C: HELLO {"user_agent": *, "bolt_agent": *}
        S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-1"{{(serverWants ? ", \"hints\": {\"telemetry.enabled\": true}" : "")}}}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
        S: SUCCESS {}
        {{work}}
        """;

    private const string AutoCommit = """
        C: RUN "RETURN 1" {} {}
        S: SUCCESS {"fields": ["x"]}
        C: PULL {"n": 1000}
        S: SUCCESS {"type": "r"}
        """;

    private static async Task Play(string script, bool disabled, Func<IAsyncSession, Task> work)
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(script));
        await using (var driver = Scripted.Driver(server, configure: c => c.WithTelemetryDisabled(disabled)))
        {
            await using var session = driver.AsyncSession();
            await Scripted.Within(work(session));
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    private static async Task RunOne(IAsyncSession s) => await (await s.RunAsync("RETURN 1")).ConsumeAsync();

    [Fact]
    public async Task An_auto_commit_query_is_announced_as_api_2_when_the_server_asks()
    {
        await Play(Script(true, "C: TELEMETRY 2\nS: SUCCESS {}\n" + AutoCommit), disabled: false, RunOne);
    }

    [Fact]
    public async Task Transactions_are_announced_as_api_1_explicit_and_api_0_managed()
    {
        const string tx = """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm"}
            """;
        await Play(Script(true, "C: TELEMETRY 1\nS: SUCCESS {}\n" + tx + "\nC: TELEMETRY 0\nS: SUCCESS {}\n" + tx.Replace("BEGIN {}", "BEGIN {\"bookmarks\": [\"bm\"]}", StringComparison.Ordinal)), disabled: false, async s =>
        {
            var t = await s.BeginTransactionAsync();
            await (await t.RunAsync("RETURN 1")).ConsumeAsync();
            await t.CommitAsync();
            await s.ExecuteWriteAsync(async q => await (await q.RunAsync("RETURN 1")).ConsumeAsync());
        });
    }

    [Theory]
    [InlineData(true, true)]   // the server asks, the client opted out
    [InlineData(false, false)] // the server does not ask
    public async Task No_telemetry_unless_both_sides_want_it(bool serverWants, bool disabled)
    {
        await Play(Script(serverWants, AutoCommit), disabled, RunOne);
    }

    [Fact]
    public async Task A_retried_managed_transaction_announces_itself_once()
    {
        const string work = """
            C: TELEMETRY 0
            S: SUCCESS {}
            C: BEGIN {}
            S: FAILURE {"code": "Neo.TransientError.General.PleaseRetry", "message": "again"}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm"}
            """;
        var attempts = 0;
        await Play(Script(true, work), disabled: false, s => s.ExecuteWriteAsync(async q =>
        {
            attempts++;
            return await (await q.RunAsync("RETURN 1")).ConsumeAsync();
        }));
        Assert.Equal(1, attempts); // BEGIN failed before the work ran; the retry ran it once
    }
}
