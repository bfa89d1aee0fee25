namespace GeoGraph.Queries;

/// <summary>Bounds shared by both implementations.</summary>
public static class QueryLimits
{
    /// <summary>
    /// The longest path the <c>path</c> query searches. Cypher cannot take a variable-length bound as a parameter, so
    /// <c>path.cypher</c> fixes this bound in its pattern and filters by <c>$maxHops</c>.
    /// </summary>
    public const int MaxPathHops = 6;

    /// <summary>How many top relations the <c>entity</c> query lists.</summary>
    public const int TopRelations = 5;
}
