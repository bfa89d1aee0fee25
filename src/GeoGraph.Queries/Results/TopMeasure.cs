namespace GeoGraph.Queries.Results;

/// <summary>How the <c>top</c> query ranks entities.</summary>
public enum TopMeasure
{
    /// <summary>By the number of statements an entity takes part in.</summary>
    Degree,

    /// <summary>By PageRank over the directed relation graph (one edge per distinct subject, predicate, object).</summary>
    PageRank,
}
