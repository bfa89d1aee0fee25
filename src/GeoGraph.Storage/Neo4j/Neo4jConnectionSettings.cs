using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Where and how to reach Neo4j. <see cref="Resolve"/> reads the variables Neo4j's own tools use (<c>NEO4J_URI</c>,
/// <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>); explicit values win over them.
/// </summary>
/// <param name="Uri">The Bolt URI, e.g. <c>bolt://localhost:7687</c> or <c>neo4j+s://host</c>.</param>
/// <param name="Username">The user for basic auth, or null for no auth.</param>
/// <param name="Password">The password; never printed.</param>
/// <param name="Database">The database, or null for the server's default.</param>
public sealed record Neo4jConnectionSettings(string Uri, string? Username = null, string? Password = null, string? Database = null)
{
    /// <summary>The environment variable holding the URI.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The environment variable holding the user name.</summary>
    public const string UsernameVariable = "NEO4J_USERNAME";

    /// <summary>The environment variable holding the password.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The environment variable holding the database name.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>Combines explicit values with the environment.</summary>
    /// <param name="uri">An explicit URI (the <c>--neo4j</c> option), or null to use <c>NEO4J_URI</c>.</param>
    /// <param name="environment">Reads a variable; defaults to the process environment.</param>
    /// <returns>The settings, or null when no URI is given either way.</returns>
    public static Neo4jConnectionSettings? Resolve(string? uri, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        uri = NullIfEmpty(uri) ?? NullIfEmpty(environment(UriVariable));
        if (uri is null)
        {
            return null;
        }

        return new Neo4jConnectionSettings(
            uri,
            NullIfEmpty(environment(UsernameVariable)),
            environment(PasswordVariable),
            NullIfEmpty(environment(DatabaseVariable)));
    }

    /// <summary>Creates a driver for these settings (basic auth when a user name is set, else none).</summary>
    /// <param name="configure">Further driver configuration.</param>
    /// <returns>The driver; the caller disposes it.</returns>
    public IDriver CreateDriver(Action<DriverConfigBuilder>? configure = null) =>
        GraphDatabase.Driver(Uri, Username is null ? AuthTokens.None : AuthTokens.Basic(Username, Password ?? string.Empty), configure);

    /// <summary>Shows the URI, user and database but never the password.</summary>
    /// <returns>A description safe for logs.</returns>
    public override string ToString() =>
        $"{Uri} (user {Username ?? "none"}, database {Database ?? "default"})";

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
