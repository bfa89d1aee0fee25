using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

public class Neo4jConnectionSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Reads_the_variables_Neo4j_tools_use()
    {
        var settings = Neo4jConnectionSettings.Resolve(null, Env(
            ("NEO4J_URI", "neo4j://db:7687"), ("NEO4J_USERNAME", "neo4j"), ("NEO4J_PASSWORD", "s3cret"), ("NEO4J_DATABASE", "news")));

        Assert.Equal(new Neo4jConnectionSettings("neo4j://db:7687", "neo4j", "s3cret", "news"), settings);
    }

    [Fact]
    public void Explicit_uri_wins_over_NEO4J_URI_and_credentials_still_come_from_the_environment()
    {
        var settings = Neo4jConnectionSettings.Resolve("bolt://127.0.0.1:7687", Env(("NEO4J_URI", "neo4j://db:7687"), ("NEO4J_USERNAME", "neo4j")));

        Assert.Equal("bolt://127.0.0.1:7687", settings!.Uri);
        Assert.Equal("neo4j", settings.Username);
    }

    [Fact]
    public void No_uri_anywhere_means_no_settings() =>
        Assert.Null(Neo4jConnectionSettings.Resolve(null, Env(("NEO4J_URI", "  "))));

    [Fact]
    public void Text_never_shows_the_password()
    {
        var settings = new Neo4jConnectionSettings("bolt://x:7687", "neo4j", "s3cret");

        Assert.Equal("bolt://x:7687 (user neo4j, database default)", settings.ToString());
        Assert.DoesNotContain("s3cret", settings.ToString(), StringComparison.Ordinal);
    }
}
