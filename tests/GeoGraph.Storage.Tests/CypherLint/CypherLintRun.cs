using GeoGraph.Storage.Tests.Neo4j;

namespace GeoGraph.Storage.Tests.CypherLint;

/// <summary>
/// One linter run over every file the lint tests look at: node plus Neo4j's front end take seconds to start, so the
/// tests share a single run and each reads the diagnostics of its own files.
/// </summary>
public sealed class CypherLintRun : IAsyncLifetime
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("cypherlint");

    /// <summary>Every .cypher file under cypher/, recursively (so files other helpers add later are checked too).</summary>
    public IReadOnlyList<string> RepositoryFiles { get; } = Directory
        .EnumerateFiles(Neo4j.RepositoryFiles.Cypher, "*.cypher", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The deliberately broken test file.</summary>
    public string Broken { get; } = Path.Combine(Neo4j.RepositoryFiles.TestProject, "CypherLint", "broken.cypher.txt");

    /// <summary>A file using an undefined parameter (fine) and an undefined variable (an error).</summary>
    public string Parameters => Path.Combine(_temp.FullName, "params.cypher");

    /// <summary>All diagnostics of the run.</summary>
    public IReadOnlyList<CypherLintDiagnostic> Diagnostics { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Parameters, "UNWIND $rows AS row\nMERGE (e:Entity {id: row.id})\nRETURN e, nope;\n");
        Diagnostics = await CypherLinter.LintAsync([.. RepositoryFiles, Broken, Parameters]);
    }

    public Task DisposeAsync()
    {
        _temp.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The diagnostics of one file.</summary>
    /// <param name="file">The path as given to the linter.</param>
    /// <returns>Its diagnostics.</returns>
    public IReadOnlyList<CypherLintDiagnostic> Of(string file) => [.. Diagnostics.Where(d => d.File == file)];
}
