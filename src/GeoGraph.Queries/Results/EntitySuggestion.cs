namespace GeoGraph.Queries.Results;

/// <summary>A near match offered for a name that resolved to nothing.</summary>
/// <param name="Entity">The suggested entity.</param>
/// <param name="MatchedName">The name or alias of the entity that is close to the query.</param>
/// <param name="Distance">The edit distance between the normalised query and the normalised name.</param>
public sealed record EntitySuggestion(EntityRef Entity, string MatchedName, int Distance);
