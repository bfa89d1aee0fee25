namespace GeoGraph.Core.Schema;

/// <summary>One predicate of the schema with its wire name, symmetry and family.</summary>
/// <param name="Predicate">The predicate.</param>
/// <param name="Name">The schema name, e.g. <c>MEMBER_OF</c>; also the Neo4j relationship type.</param>
/// <param name="Symmetric">Whether the predicate holds in both directions.</param>
/// <param name="Family">The family the schema puts it in.</param>
public sealed record PredicateInfo(Predicate Predicate, string Name, bool Symmetric, PredicateFamily Family);
