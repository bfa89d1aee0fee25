namespace GeoGraph.Queries.Results;

/// <summary>An entity with its names, degree and most mentioned relations.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Labels">One label per language code (<c>en</c>, <c>ar</c>).</param>
/// <param name="Aliases">Other names, sorted.</param>
/// <param name="Degree">How many statements have the entity as subject or object.</param>
/// <param name="TopRelations">Up to five relations, most mentioned first.</param>
public sealed record EntityDetails(
    EntityRef Entity,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Aliases,
    long Degree,
    IReadOnlyList<RelationSummary> TopRelations);
