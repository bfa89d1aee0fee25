namespace GeoGraph.Queries.Algorithms;

/// <summary>One distinct relation between two entities, as stored (subject to object).</summary>
/// <param name="Subject">The subject id.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Object">The object id.</param>
internal sealed record RelationEdge(string Subject, string Predicate, string Object);
