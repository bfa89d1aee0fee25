namespace GeoGraph.Cli.Commands;

/// <summary>A neighbour of an entity.</summary>
/// <param name="Id">The neighbour's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Predicate">The predicate linking them.</param>
/// <param name="Direction"><c>out</c> when the queried entity is the subject, <c>in</c> when it is the object.</param>
/// <param name="Statements">How many statements link them so.</param>
internal sealed record NeighborRow(string Id, string Name, string Type, string Predicate, string Direction, long Statements);
