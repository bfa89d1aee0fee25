using System.Diagnostics;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Driver;

public class ConnectionPoolTests
{
    private const string Login = """
        !: BOLT 5.4
        C: HELLO {"user_agent": *, ...}
        S: SUCCESS {"server": "Neo4j/5.23.0", "connection_id": "bolt-20"}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
        S: SUCCESS {}
        """;

    private const string Query = """
        C: RUN "RETURN 1 AS n" {} {}
        S: SUCCESS {"fields": ["n"]}
        C: PULL {"n": 1000}
        S: RECORD [1]
        S: SUCCESS {"type": "r"}
        """;

    [Fact]
    public async Task Acquisition_times_out_when_every_connection_is_in_use()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + "\n" + Query));
        await using (var driver = Scripted.Driver(server, configure: c => c
            .WithMaxConnectionPoolSize(1)
            .WithConnectionAcquisitionTimeout(TimeSpan.FromMilliseconds(300))))
        {
            await using var s1 = driver.AsyncSession();
            var open = await Scripted.Within(s1.RunAsync("RETURN 1 AS n")); // holds the only connection until consumed

            await using var s2 = driver.AsyncSession();
            var clock = Stopwatch.StartNew();
            var e = await Scripted.Within(Assert.ThrowsAsync<ClientException>(() => s2.RunAsync("RETURN 1 AS n")));
            Assert.Contains("acquisition timeout", e.Message);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

            Assert.Equal(1L, (await open.ToListAsync()).Single()["n"]);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Connection_is_reused_across_sessions()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + "\n" + Query + "\n" + Query));
        await using (var driver = Scripted.Driver(server))
        {
            for (var i = 0; i < 2; i++)
            {
                await using var session = driver.AsyncSession();
                await Scripted.Within((await session.RunAsync("RETURN 1 AS n")).ConsumeAsync());
            }
        }

        // One HELLO only: the script has one connection and one login.
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        Assert.Single(server.Transcript, l => l.StartsWith("C: HELLO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Idle_connection_past_the_liveness_threshold_is_checked_with_reset()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Login + "\n" + Query + "\nC: RESET\nS: SUCCESS {}\n" + Query));
        await using (var driver = Scripted.Driver(server, configure: c => c.WithConnectionLivenessCheckTimeout(TimeSpan.Zero)))
        {
            for (var i = 0; i < 2; i++)
            {
                await using var session = driver.AsyncSession();
                await Scripted.Within((await session.RunAsync("RETURN 1 AS n")).ConsumeAsync());
            }
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Dead_idle_connection_fails_its_liveness_check_and_a_new_one_is_opened()
    {
        // First connection: one query, then the server goes away. Second connection: a fresh login and the query.
        var script = "!: CONNECTIONS 2\n" + Login + "\n" + Query + "\n?{\nC: RESET\nS: <EXIT>\n}\n";
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(script));
        await using (var driver = Scripted.Driver(server, configure: c => c.WithConnectionLivenessCheckTimeout(TimeSpan.Zero)))
        {
            for (var i = 0; i < 2; i++)
            {
                await using var session = driver.AsyncSession();
                var records = await Scripted.Within((await session.RunAsync("RETURN 1 AS n")).ToListAsync());
                Assert.Equal(1L, records.Single()["n"]);
            }
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        Assert.Equal(2, server.Transcript.Count(l => l.StartsWith("C: HELLO", StringComparison.Ordinal)));
    }
}
