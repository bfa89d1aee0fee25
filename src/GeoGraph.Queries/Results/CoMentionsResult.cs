namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>co-mentions</c> query.</summary>
/// <param name="Entity">The entity asked about.</param>
/// <param name="Entities">Co-mentioned entities, most shared articles first.</param>
public sealed record CoMentionsResult(EntityRef Entity, IReadOnlyList<CoMention> Entities);
