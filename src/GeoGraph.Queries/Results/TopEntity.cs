namespace GeoGraph.Queries.Results;

/// <summary>One entry of the <c>top</c> query.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Degree">How many statements have it as subject or object.</param>
/// <param name="Score">The ranking score: the degree, or the PageRank (ranks sum to 1).</param>
public sealed record TopEntity(EntityRef Entity, long Degree, double Score);
