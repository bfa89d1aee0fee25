namespace GeoGraph.Queries.Tests.Support;

/// <summary>A fact that runs only with a live Neo4j (NEO4J_URI set) and otherwise shows as skipped with the reason.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when no server is configured.</summary>
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: no live Neo4j to compare the embedded answers with.";
        }
    }
}
