using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Neo4j;

/// <summary>The connection options shared by <c>ingest --neo4j</c>, <c>neo4j init</c> and <c>cypher</c>.</summary>
internal static class Neo4jCliOptions
{
    /// <summary><c>--neo4j URI</c>.</summary>
    public static readonly OptionSpec Uri = new("--neo4j", "URI", "Neo4j's Bolt URI, e.g. bolt://localhost:7687 (user, password, database from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)");

    /// <summary><c>--database NAME</c>.</summary>
    public static readonly OptionSpec Database = new("--database", "NAME", "the Neo4j database (default: NEO4J_DATABASE, else the server's default)");

    /// <summary>The settings for a verb that only talks to Neo4j: <c>--neo4j</c>, else <c>NEO4J_URI</c>.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CommandParseException">Neither gives a URI.</exception>
    public static Neo4jConnectionSettings Required(ParsedArguments args) =>
        Optional(args, useEnvironmentUri: true)
        ?? throw new CommandParseException(
            $"expected a Neo4j URI in '--neo4j' or {Neo4jConnectionSettings.UriVariable}, found neither",
            $"for example '--neo4j bolt://localhost:7687', or export {Neo4jConnectionSettings.UriVariable}.");

    /// <summary>The settings when a URI is given, else null.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="useEnvironmentUri">Whether <c>NEO4J_URI</c> may supply the URI (not for <c>ingest</c>, whose default store is the embedded one).</param>
    /// <returns>The settings, or null.</returns>
    public static Neo4jConnectionSettings? Optional(ParsedArguments args, bool useEnvironmentUri)
    {
        var uri = args.Value(Uri.Name);
        if (uri is not null && string.IsNullOrWhiteSpace(uri))
        {
            throw new CommandParseException("expected a Bolt URI after '--neo4j', found an empty string", "for example '--neo4j bolt://localhost:7687'.");
        }

        if (uri is null && !useEnvironmentUri)
        {
            return null;
        }

        var settings = Neo4jConnectionSettings.Resolve(uri);
        return settings is not null && args.Value(Database.Name) is { Length: > 0 } db ? settings with { Database = db } : settings;
    }
}
