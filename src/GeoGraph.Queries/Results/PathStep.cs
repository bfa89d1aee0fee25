namespace GeoGraph.Queries.Results;

/// <summary>One hop of a path: a relation as stored (subject to object), which the path may walk either way.</summary>
/// <param name="Subject">The relation's subject.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Object">The relation's object.</param>
public sealed record PathStep(EntityRef Subject, string Predicate, EntityRef Object);
