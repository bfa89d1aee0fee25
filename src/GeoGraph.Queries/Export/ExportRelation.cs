namespace GeoGraph.Queries.Export;

/// <summary>
/// One typed relationship between two entities, aggregated from its statements as the Neo4j loader keeps it: a
/// symmetric predicate once per pair, from the lower id to the higher.
/// </summary>
/// <param name="Subject">The subject id.</param>
/// <param name="Predicate">The schema predicate name (the relationship type).</param>
/// <param name="Object">The object id.</param>
/// <param name="Mentions">How many statements support it.</param>
/// <param name="FirstSeen">The earliest article date of those statements, if any.</param>
/// <param name="LastSeen">The latest article date, if any.</param>
/// <param name="Statuses">Their statuses in schema order.</param>
public sealed record ExportRelation(string Subject, string Predicate, string Object, long Mentions, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Statuses);
