using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GeoGraph.Bolt.Tests.PackStream.Differential;

/// <summary>
/// Runs tests/GeoGraph.Bolt.Tests/node/packstream-oracle.js (Neo4j's JavaScript driver doing the packing) once
/// for a batch of requests. Installs the pinned packages with <c>npm ci</c> when node_modules is missing. A
/// machine without Node.js fails the test with a message saying so: the differential check never silently passes.
/// </summary>
internal static class NodeOracle
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public static async Task<JsonArray> RunAsync(JsonArray requests)
    {
        string folder = OracleFolder();
        if (!Directory.Exists(System.IO.Path.Combine(folder, "node_modules", "neo4j-driver")))
        {
            var (npmCode, _, npmError) = await ExecAsync("npm", "ci --no-audit --no-fund --loglevel=error", folder, null, NpmTimeout);
            if (npmCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"`npm ci` failed in {folder} (exit {npmCode}); the PackStream differential tests need neo4j-driver installed there.\n{npmError}");
            }
        }

        string input = new JsonObject { ["requests"] = requests }.ToJsonString();
        var (code, output, error) = await ExecAsync("node", "packstream-oracle.js", folder, input, RunTimeout);
        if (code != 0)
        {
            throw new Xunit.Sdk.XunitException($"packstream-oracle.js exited with {code}:\n{error}");
        }

        return JsonNode.Parse(output)!.AsArray();
    }

    private static string OracleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "tests", "GeoGraph.Bolt.Tests", "node");
            }
        }

        throw new Xunit.Sdk.XunitException($"Cannot find GeoGraph.sln above {AppContext.BaseDirectory} to locate the node oracle.");
    }

    private static async Task<(int Code, string Output, string Error)> ExecAsync(string file, string arguments, string folder, string? input, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception($"{file} did not start");
        }
        catch (Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException(
                $"`{file}` could not be started ({e.Message}). The PackStream differential tests compare against Neo4j's JavaScript driver and need Node.js 20+ and npm on PATH.");
        }

        using (process)
        {
            using var cancel = new CancellationTokenSource(timeout);
            var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var error = process.StandardError.ReadToEndAsync(cancel.Token);
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), cancel.Token);
            }

            process.StandardInput.Close();
            try
            {
                await process.WaitForExitAsync(cancel.Token);
                return (process.ExitCode, await output, await error);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"`{file} {arguments}` did not finish within {timeout}.");
            }
        }
    }
}
