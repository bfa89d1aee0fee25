namespace GeoGraph.Queries.Results;

/// <summary>One relation of an entity with another: all statements of one predicate in one direction.</summary>
/// <param name="Direction"><c>out</c> when the entity is the subject, <c>in</c> when it is the object.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Family">The predicate's family: <c>structure</c>, <c>cooperative</c> or <c>conflictual</c>.</param>
/// <param name="Other">The entity at the other end.</param>
/// <param name="Mentions">How many statements (after filtering) state it.</param>
/// <param name="Statuses">The distinct statuses of those statements, sorted.</param>
/// <param name="FirstSeen">The earliest statement time (qualifier time, else article date), if any.</param>
/// <param name="LastSeen">The latest statement time, if any.</param>
public sealed record NeighborRelation(
    string Direction,
    string Predicate,
    string Family,
    EntityRef Other,
    long Mentions,
    IReadOnlyList<string> Statuses,
    string? FirstSeen,
    string? LastSeen) : IEntityRelation;
