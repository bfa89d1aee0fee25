namespace GeoGraph.Queries.Results;

/// <summary>An entity mentioned in the same articles as the one asked about.</summary>
/// <param name="Entity">The co-mentioned entity.</param>
/// <param name="Articles">In how many shared articles.</param>
/// <param name="ArticleIds">The shared articles, sorted.</param>
public sealed record CoMention(EntityRef Entity, long Articles, IReadOnlyList<string> ArticleIds);
