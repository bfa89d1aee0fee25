namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>between</c> query: every statement linking two entities, in either direction.</summary>
/// <param name="A">The first entity.</param>
/// <param name="B">The second entity.</param>
/// <param name="Statements">The statements, in time order.</param>
public sealed record BetweenResult(EntityRef A, EntityRef B, IReadOnlyList<StatementView> Statements);
