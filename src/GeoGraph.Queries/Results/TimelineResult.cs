namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>timeline</c> query.</summary>
/// <param name="Entity">The entity asked about.</param>
/// <param name="Statements">Its statements ordered by time (qualifier time, else article date; undated last).</param>
public sealed record TimelineResult(EntityRef Entity, IReadOnlyList<StatementView> Statements);
