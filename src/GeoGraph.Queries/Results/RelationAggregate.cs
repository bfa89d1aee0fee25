namespace GeoGraph.Queries.Results;

/// <summary>All statements of one (subject, predicate, object) triple, as the <c>who</c> query returns them.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Object">The object.</param>
/// <param name="Mentions">How many statements state it.</param>
/// <param name="Statuses">Their distinct statuses, sorted.</param>
/// <param name="FirstSeen">The earliest statement time, if any.</param>
/// <param name="LastSeen">The latest statement time, if any.</param>
public sealed record RelationAggregate(
    EntityRef Subject,
    string Predicate,
    EntityRef Object,
    long Mentions,
    IReadOnlyList<string> Statuses,
    string? FirstSeen,
    string? LastSeen);
