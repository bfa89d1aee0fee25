using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Starts script servers and drivers with short timeouts, so no test can wait long on a broken conversation.</summary>
internal static class Scripted
{
    public static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(10);

    public static ScriptedBoltServer Start(string scriptName) => ScriptedBoltServer.Start(BoltScript.Load(TestPaths.Script(scriptName)));

    public static IDriver Driver(ScriptedBoltServer server, string password = "s3cret-pw", Action<DriverConfigBuilder>? configure = null) =>
        GraphDatabase.Driver(server.Uri, AuthTokens.Basic("neo4j", password), c =>
        {
            // Generous for a loaded CI machine, yet under the 10 s every test gets; the timeout tests set 1 s themselves.
            c.WithConnectionTimeout(TimeSpan.FromSeconds(8))
                .WithSocketReadTimeout(TimeSpan.FromSeconds(5))
                .WithConnectionAcquisitionTimeout(TimeSpan.FromSeconds(5))
                .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(50))
                .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(3));
            configure?.Invoke(c);
        });

    /// <summary>Runs <paramref name="work"/> with a hard deadline: a hang fails the test instead of blocking the run.</summary>
    public static async Task<T> Within<T>(Task<T> work, TimeSpan? timeout = null) =>
        await work.WaitAsync(timeout ?? TestTimeout);

    public static async Task Within(Task work, TimeSpan? timeout = null) => await work.WaitAsync(timeout ?? TestTimeout);

    /// <summary>Runs a query in a session and reads all its records.</summary>
    public static async Task<IReadOnlyList<IRecord>> RunToList(IAsyncSession session, string query) =>
        await (await session.RunAsync(query)).ToListAsync();
}
