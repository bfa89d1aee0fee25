namespace GeoGraph.Bolt.Tests.Live;

/// <summary>A fact that runs only against a real Neo4j (NEO4J_URI set); otherwise it shows as skipped, never as passed.</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "Set NEO4J_URI (and NEO4J_USERNAME / NEO4J_PASSWORD) to run live Neo4j tests.";
        }
    }
}
