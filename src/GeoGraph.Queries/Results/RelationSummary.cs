namespace GeoGraph.Queries.Results;

/// <summary>One of an entity's most mentioned relations.</summary>
/// <param name="Direction"><c>out</c> when the entity is the subject, <c>in</c> when it is the object.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Other">The entity at the other end.</param>
/// <param name="Mentions">How many statements state it.</param>
public sealed record RelationSummary(string Direction, string Predicate, EntityRef Other, long Mentions) : IEntityRelation;
