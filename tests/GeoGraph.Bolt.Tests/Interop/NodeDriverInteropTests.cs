using GeoGraph.Bolt.Testing;
using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Interop;

/// <summary>
/// Neo4j's own JavaScript driver (npm neo4j-driver 6.3.0) plays the conversation scripts against our scripted
/// server: proof that the scripts, and the server playing them, look like Neo4j to a real driver. Each test checks
/// both sides: the server saw the scripted conversation, and the JS driver saw the expected records or error.
/// </summary>
public class NodeDriverInteropTests(NodeDriverInteropTests.JsRun run) : IClassFixture<NodeDriverInteropTests.JsRun>
{
    private static readonly SemaphoreSlim NpmLock = new(1, 1);

    private static readonly string[] AllScenarios =
    [
        "auth_v5", "auth_v44", "auth_failure", "run_pull_fetch_size", "explicit_tx", "managed_tx", "failure_reset",
        "transient_retry", "disconnect_mid_stream", "bookmarks_between_sessions", "gql_failure",
    ];

    public static TheoryData<string> Scenarios => new(AllScenarios);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Neo4j_js_driver_completes_the_script_and_sees_the_expected_outcome(string scenario)
    {
        Assert.True(run.Results.TryGetValue(scenario, out var result), $"node printed no result for {scenario}:\n{run.Output}");
        await run.Servers[scenario].WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        Expectations[scenario](result);
    }

    /// <summary>
    /// Starts one scripted server per scenario and runs node once for all of them (starting node is the slow part).
    /// Fails every test with a clear message when node or npm is missing.
    /// </summary>
    public sealed class JsRun : IAsyncLifetime
    {
        public Dictionary<string, Testing.ScriptedBoltServer> Servers { get; } = [];

        public Dictionary<string, JsonElement> Results { get; } = [];

        public string Output { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await EnsureNodeModulesAsync();
            var args = new List<string> { "bolt-scenarios.mjs" };
            foreach (var scenario in AllScenarios)
            {
                Servers[scenario] = Scripted.Start(scenario);
                args.Add(scenario);
                args.Add(Servers[scenario].Uri);
            }

            var (exit, stdout, stderr) = await RunNodeAsync([.. args], TimeSpan.FromSeconds(90));
            Output = $"exit {exit}\nstdout: {stdout}\nstderr: {stderr}";
            foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                using var json = JsonDocument.Parse(line);
                Results[json.RootElement.GetProperty("scenario").GetString()!] = json.RootElement.Clone();
            }
        }

        public async Task DisposeAsync()
        {
            foreach (var server in Servers.Values)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static readonly Dictionary<string, Action<JsonElement>> Expectations = new()
    {
        ["auth_v5"] = r =>
        {
            NoError(r);
            Assert.Equal("[[1]]", Raw(r, "records"));
            Assert.Equal("5.4", r.GetProperty("protocol").GetString());
        },
        ["auth_v44"] = r =>
        {
            NoError(r);
            Assert.Equal("[[1]]", Raw(r, "records"));
            Assert.Equal("4.4", r.GetProperty("protocol").GetString());
        },
        ["auth_failure"] = r => Assert.Equal("Neo.ClientError.Security.Unauthorized", ErrorCode(r)),
        ["run_pull_fetch_size"] = r =>
        {
            NoError(r);
            Assert.Equal("[[1],[2],[3],[4],[5]]", Raw(r, "records"));
        },
        ["explicit_tx"] = r =>
        {
            NoError(r);
            Assert.Equal("[[\"Kazakhstan\"]]", Raw(r, "records"));
            Assert.Equal("[\"bm:after-create\"]", Raw(r, "bookmarks"));
        },
        ["managed_tx"] = r =>
        {
            NoError(r);
            Assert.Equal("[[\"CSTO\"],[\"NATO\"]]", Raw(r, "records"));
            Assert.Equal("[\"bm:read\"]", Raw(r, "bookmarks"));
        },
        ["failure_reset"] = r =>
        {
            NoError(r);
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", r.GetProperty("firstError").GetProperty("code").GetString());
            Assert.Equal("[[2]]", Raw(r, "records"));
        },
        ["transient_retry"] = r =>
        {
            NoError(r);
            Assert.Equal(2, r.GetProperty("attempts").GetInt32());
            Assert.Equal("[[\"Kazakhstan\"]]", Raw(r, "records"));
            Assert.Equal("[\"bm:retried\"]", Raw(r, "bookmarks"));
        },
        ["disconnect_mid_stream"] = r => Assert.Contains(ErrorCode(r), new[] { "ServiceUnavailable", "SessionExpired" }),
        ["bookmarks_between_sessions"] = r =>
        {
            NoError(r);
            Assert.Equal("[[1]]", Raw(r, "records"));
            Assert.Equal("[\"bm:session-1\",\"bm:session-2\"]", Raw(r, "bookmarks"));
        },
        ["gql_failure"] = r =>
        {
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", ErrorCode(r));
            Assert.Equal("42001", r.GetProperty("error").GetProperty("gqlStatus").GetString());
        },
    };

    private static string Raw(JsonElement r, string name) => r.GetProperty(name).GetRawText();

    private static string? ErrorCode(JsonElement r) =>
        r.GetProperty("error").ValueKind == JsonValueKind.Null ? null : r.GetProperty("error").GetProperty("code").GetString();

    private static void NoError(JsonElement r) =>
        Assert.True(r.GetProperty("error").ValueKind == JsonValueKind.Null, "the JS driver failed: " + r.GetProperty("error").GetRawText());

    /// <summary>Installs the pinned npm packages (package-lock.json) when node_modules is missing.</summary>
    private static async Task EnsureNodeModulesAsync()
    {
        await NpmLock.WaitAsync();
        try
        {
            if (Directory.Exists(System.IO.Path.Combine(TestPaths.NodeFolder, "node_modules", "neo4j-driver")))
            {
                return;
            }

            var (exit, stdout, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(3));
            Assert.True(exit == 0, $"npm ci failed in {TestPaths.NodeFolder} ({exit}):\n{stdout}\n{stderr}");
        }
        finally
        {
            NpmLock.Release();
        }
    }

    private static Task<(int, string, string)> RunNodeAsync(string[] args, TimeSpan timeout) => RunAsync("node", args, timeout);

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, string[] args, TimeSpan timeout) =>
        ExternalTool.RunAsync(program, args, TestPaths.NodeFolder, timeout,
            "These tests need Node.js 20+ (CI has it) to run Neo4j's JavaScript driver against the scripted server.");
}
