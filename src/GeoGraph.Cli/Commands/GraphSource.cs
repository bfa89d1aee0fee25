using GeoGraph.Bolt;
using GeoGraph.Cli.Parsing;
using GeoGraph.Queries;

namespace GeoGraph.Cli.Commands;

/// <summary>Where the verbs that read the graph find it: the embedded store file or a Neo4j server.</summary>
/// <param name="StorePath">The embedded store, when <see cref="Neo4jUri"/> is null.</param>
/// <param name="Neo4jUri">The Neo4j server (<c>bolt://</c> or <c>neo4j://</c>), or null.</param>
/// <param name="Database">The Neo4j database, or null for the server's default.</param>
internal sealed record GraphSource(string StorePath, string? Neo4jUri, string? Database)
{
    /// <summary>The <c>--neo4j</c> option.</summary>
    public static readonly OptionSpec Neo4jOption = new("--neo4j", "URI", "query Neo4j at URI instead of the store (user and password from NEO4J_USERNAME, NEO4J_PASSWORD)");

    /// <summary>The <c>--database</c> option.</summary>
    public static readonly OptionSpec DatabaseOption = new("--database", "NAME", "the Neo4j database (default NEO4J_DATABASE or the server's default)");

    /// <summary>Reads <c>--store</c>, <c>--neo4j</c> and <c>--database</c>.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The source.</returns>
    /// <exception cref="CommandParseException">Both a store and a server, or a malformed URI.</exception>
    public static GraphSource From(ParsedArguments args)
    {
        var uri = args.Value("--neo4j");
        if (uri is not null && args.Flag("--store"))
        {
            throw new CommandParseException("expected '--store PATH' or '--neo4j URI', found both", "query one graph at a time.");
        }

        if (uri is not null && !(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "bolt" or "neo4j" or "bolt+s" or "neo4j+s" or "bolt+ssc" or "neo4j+ssc"))
        {
            throw new CommandParseException($"expected a Neo4j URI after '--neo4j', found '{uri}'", "for example '--neo4j bolt://localhost:7687'.");
        }

        return new GraphSource(IngestSettings.ParseStorePath(args), uri, args.Value("--database") ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE"));
    }

    /// <summary>A short description for messages.</summary>
    public string Describe => Neo4jUri ?? StorePath;

    /// <summary>Opens the query library on the source.</summary>
    /// <returns>The library; dispose it.</returns>
    /// <exception cref="FileNotFoundException">No store file.</exception>
    public IGraphQueries Open()
    {
        if (Neo4jUri is null)
        {
            return new EmbeddedGraphQueries(StorePath);
        }

        var user = Environment.GetEnvironmentVariable("NEO4J_USERNAME");
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        var auth = string.IsNullOrEmpty(user) ? AuthTokens.None : AuthTokens.Basic(user, password ?? string.Empty);
        var driver = GraphDatabase.Driver(Neo4jUri, auth, c => c.WithConnectionTimeout(TimeSpan.FromSeconds(10)));
        return new Neo4jGraphQueries(driver, Database, ownsDriver: true);
    }
}
