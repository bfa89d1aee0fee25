namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>path</c> query: all shortest paths up to the hop limit.</summary>
/// <param name="From">The start entity.</param>
/// <param name="To">The end entity.</param>
/// <param name="Hops">The length of the shortest paths; null when none is within the limit.</param>
/// <param name="Paths">The shortest paths, ordered by <see cref="GraphPath.Key"/>.</param>
public sealed record PathResult(EntityRef From, EntityRef To, int? Hops, IReadOnlyList<GraphPath> Paths);
