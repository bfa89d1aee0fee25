using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>
/// A fact that needs a live Neo4j: it runs when <c>NEO4J_URI</c> is set (with <c>NEO4J_USERNAME</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> as needed) and otherwise shows as skipped with the reason, never as passed.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no server is configured.</summary>
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jConnectionSettings.UriVariable)))
        {
            Skip = $"needs a live Neo4j: set {Neo4jConnectionSettings.UriVariable} (and {Neo4jConnectionSettings.UsernameVariable}, {Neo4jConnectionSettings.PasswordVariable}) to run it";
        }
    }
}
