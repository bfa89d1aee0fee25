using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

public class CypherScriptTests
{
    [Theory]
    [InlineData("RETURN 1; RETURN 2;", new[] { "RETURN 1", "RETURN 2" })]
    [InlineData("RETURN 1", new[] { "RETURN 1" })]
    [InlineData("RETURN 'a;b'; RETURN \"c;d\"", new[] { "RETURN 'a;b'", "RETURN \"c;d\"" })]
    [InlineData("RETURN 'it\\'s;' AS x;", new[] { "RETURN 'it\\'s;' AS x" })]
    [InlineData("MATCH (`a;b`) RETURN `a;b`; RETURN 1", new[] { "MATCH (`a;b`) RETURN `a;b`", "RETURN 1" })]
    [InlineData("MATCH (`a``;`) RETURN 1", new[] { "MATCH (`a``;`) RETURN 1" })]
    [InlineData("// a; comment\nRETURN 1;\n/* x; y */ RETURN 2;\n// trailing; comment\n", new[] { "// a; comment\nRETURN 1", "/* x; y */ RETURN 2" })]
    [InlineData("  ;; \n", new string[0])]
    public void Splits_at_top_level_semicolons_only(string text, string[] expected) =>
        Assert.Equal(expected, CypherScript.Split(text));

    [Fact]
    public void Schema_file_splits_into_its_seven_statements()
    {
        var statements = CypherScript.Split(File.ReadAllText(Path.Combine(RepositoryFiles.Cypher, "schema.cypher")));

        Assert.Equal(7, statements.Count);
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal(statements, Neo4jSchema.Statements);
    }
}
