using GeoGraph.Bolt.Testing;
using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Storage.Tests.Neo4j;

namespace GeoGraph.Storage.Tests.CypherLint;

/// <summary>
/// Runs <c>node/lint-cypher.cjs</c> (Neo4j's Cypher front end from npm, pinned in <c>node/package.json</c>) over files.
/// Installs the pinned package with <c>npm ci</c> when <c>node_modules</c> is missing, so <c>dotnet test</c> alone does
/// everything.
/// </summary>
internal static class CypherLinter
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The node project folder.</summary>
    public static string NodeFolder => Path.Combine(RepositoryFiles.TestProject, "node");

    /// <summary>Lints the files and returns every diagnostic (errors and warnings).</summary>
    /// <param name="files">Absolute paths.</param>
    /// <returns>The diagnostics.</returns>
    public static async Task<IReadOnlyList<CypherLintDiagnostic>> LintAsync(IReadOnlyList<string> files)
    {
        await EnsureInstalledAsync();
        var (exit, stdout, stderr) = await RunAsync("node", [Path.Combine(NodeFolder, "lint-cypher.cjs"), .. files], TimeSpan.FromSeconds(120));
        if (exit is not (0 or 1))
        {
            throw new InvalidOperationException($"lint-cypher.cjs failed with exit code {exit}:\n{stderr}\n{stdout}");
        }

        return JsonSerializer.Deserialize<List<CypherLintDiagnostic>>(stdout, Json)
            ?? throw new InvalidOperationException($"lint-cypher.cjs printed no JSON:\n{stdout}\n{stderr}");
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(NodeFolder, "node_modules", "@neo4j-cypher", "language-support")))
            {
                return;
            }

            var (exit, stdout, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(4));
            if (exit != 0)
            {
                throw new InvalidOperationException($"npm ci in {NodeFolder} failed with exit code {exit}:\n{stderr}\n{stdout}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IReadOnlyList<string> args, TimeSpan timeout) =>
        ExternalTool.RunAsync(program, args, NodeFolder, timeout, "The Cypher lint needs node 20+ and npm; CI has them, install them locally.");
}
