using GeoGraph.Storage.Tests.Neo4j;

namespace GeoGraph.Storage.Tests.CypherLint;

/// <summary>Every .cypher file of the repository passes Neo4j's own parser and semantic analysis.</summary>
public class CypherLintTests(CypherLintRun run) : IClassFixture<CypherLintRun>
{
    [Fact]
    public void Every_cypher_file_under_cypher_lints_without_errors()
    {
        Assert.Contains(run.RepositoryFiles, f => f.EndsWith(Path.Combine("cypher", "schema.cypher"), StringComparison.Ordinal));
        Assert.Contains(run.RepositoryFiles, f => f.EndsWith(Path.Combine("load", "statements.cypher"), StringComparison.Ordinal));

        var errors = run.RepositoryFiles.SelectMany(run.Of).Where(d => d.IsError).ToList();

        Assert.True(errors.Count == 0,
            $"{errors.Count} Cypher error(s) in {run.RepositoryFiles.Count} files:\n" + string.Join('\n', errors.Select(e => Relative(e.ToString()))));
    }

    [Fact]
    public void A_deliberately_broken_file_is_reported_with_its_lines()
    {
        var diagnostics = run.Of(run.Broken);

        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("Invalid input", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 9 && e.Message.Contains("`m` not defined", StringComparison.Ordinal));
        // Line 3 is valid and holds a ';' inside a string, which must neither split the statement nor report an error.
        Assert.DoesNotContain(diagnostics, d => d.Line <= 3);
    }

    [Fact]
    public void Undefined_parameters_are_not_errors_but_undefined_variables_are()
    {
        var error = Assert.Single(run.Of(run.Parameters), d => d.IsError);

        Assert.Equal(3, error.Line);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    private static string Relative(string text) => text.Replace(RepositoryFiles.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
