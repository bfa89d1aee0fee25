using GeoGraph.Storage.Tests.Neo4j;

namespace GeoGraph.Storage.Tests.CypherLint;

/// <summary>Every .cypher file of the repository passes Neo4j's own parser and semantic analysis.</summary>
public class CypherLintTests
{
    [Fact]
    public async Task Every_cypher_file_under_cypher_lints_without_errors()
    {
        // Recursive, so query files other helpers add later are checked too.
        var files = Directory.EnumerateFiles(RepositoryFiles.Cypher, "*.cypher", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(files, f => f.EndsWith(Path.Combine("cypher", "schema.cypher"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(Path.Combine("load", "statements.cypher"), StringComparison.Ordinal));

        var errors = (await CypherLinter.LintAsync(files)).Where(d => d.IsError).ToList();

        Assert.True(errors.Count == 0,
            $"{errors.Count} Cypher error(s) in {files.Count} files:\n" + string.Join('\n', errors.Select(e => Relative(e.ToString()))));
    }

    [Fact]
    public async Task A_deliberately_broken_file_is_reported_with_its_lines()
    {
        var broken = Path.Combine(RepositoryFiles.TestProject, "CypherLint", "broken.cypher.txt");

        var diagnostics = await CypherLinter.LintAsync([broken]);

        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("Invalid input", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 9 && e.Message.Contains("`m` not defined", StringComparison.Ordinal));
        // Line 3 is valid and holds a ';' inside a string, which must neither split the statement nor report an error.
        Assert.DoesNotContain(diagnostics, d => d.Line <= 3);
        Assert.All(diagnostics, d => Assert.Equal(broken, d.File));
    }

    [Fact]
    public async Task Undefined_parameters_are_not_errors_but_undefined_variables_are()
    {
        var dir = Directory.CreateTempSubdirectory("cypherlint");
        try
        {
            var file = Path.Combine(dir.FullName, "params.cypher");
            await File.WriteAllTextAsync(file, "UNWIND $rows AS row\nMERGE (e:Entity {id: row.id})\nRETURN e, nope;\n");

            var errors = (await CypherLinter.LintAsync([file])).Where(d => d.IsError).ToList();

            var error = Assert.Single(errors);
            Assert.Equal(3, error.Line);
            Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Relative(string text) => text.Replace(RepositoryFiles.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
