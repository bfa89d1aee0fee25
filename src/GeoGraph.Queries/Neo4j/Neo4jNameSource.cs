using GeoGraph.Core.Text;
using GeoGraph.Queries.Resolution;
using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Neo4j;

/// <summary>
/// Names of the Neo4j entities, read once with <c>support/entity-names.cypher</c> and keyed with <see cref="NameKey"/>
/// in memory: Neo4j holds no normalised keys, and computing them here makes resolution identical to the embedded
/// store's (whose <c>entity_names.norm</c> uses the same function).
/// </summary>
internal sealed class Neo4jNameSource(ICypherRunner runner) : INameSource
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Index? index;

    public async Task<EntityRef?> ByIdAsync(string id, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).ById.GetValueOrDefault(id);

    public async Task<IReadOnlyList<NameHit>> ByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var idx = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return keys.SelectMany(k => idx.ByNorm.TryGetValue(k, out var hits) ? hits : []).ToList();
    }

    public async Task<IReadOnlyList<NameHit>> AllAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).All;

    private async Task<Index> LoadAsync(CancellationToken cancellationToken)
    {
        if (index is not null)
        {
            return index;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (index is not null)
            {
                return index;
            }

            var rows = await runner.RunAsync(CypherFiles.Text("support/entity-names"), new Dictionary<string, object?>(), cancellationToken).ConfigureAwait(false);
            var all = new List<NameHit>();
            var byId = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var entity = new EntityRef(CypherValues.String(row, "id"), CypherValues.String(row, "name"), CypherValues.OptionalString(row, "type") ?? "unknown");
                byId[entity.Id] = entity;
                // One row per distinct key, preferring the strongest kind, as entity_names keeps (entity_id, norm) unique.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                void Add(string? name, string kind)
                {
                    var norm = NameKey.Of(name);
                    if (name is not null && norm.Length > 0 && seen.Add(norm))
                    {
                        all.Add(new NameHit(entity, name, norm, kind));
                    }
                }

                Add(entity.Name, "name");
                Add(CypherValues.OptionalString(row, "labelEn"), "label");
                Add(CypherValues.OptionalString(row, "labelAr"), "label");
                foreach (var alias in CypherValues.Strings(row, "aliases"))
                {
                    Add(alias, "alias");
                }
            }

            index = new Index(byId, all.GroupBy(h => h.Norm, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal), all);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Index(Dictionary<string, EntityRef> ById, Dictionary<string, List<NameHit>> ByNorm, List<NameHit> All);
}
