using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Resolution;

/// <summary>Where the resolver looks names up: the embedded store's <c>entity_names</c> or Neo4j's entity nodes.</summary>
internal interface INameSource
{
    /// <summary>The entity with this id, if any.</summary>
    Task<EntityRef?> ByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every stored name whose key is one of <paramref name="keys"/>.</summary>
    Task<IReadOnlyList<NameHit>> ByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Every stored name (for near-match suggestions; implementations cache it).</summary>
    Task<IReadOnlyList<NameHit>> AllAsync(CancellationToken cancellationToken);
}
