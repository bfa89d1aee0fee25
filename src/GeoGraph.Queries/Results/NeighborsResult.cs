namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>neighbors</c> query.</summary>
/// <param name="Entity">The entity asked about.</param>
/// <param name="Relations">Its relations, most mentioned first.</param>
public sealed record NeighborsResult(EntityRef Entity, IReadOnlyList<NeighborRelation> Relations);
