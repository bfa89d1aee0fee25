namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>Counters read from the <c>stats</c> map of a final SUCCESS (keys like <c>nodes-created</c>).</summary>
internal sealed class Counters(IReadOnlyDictionary<string, object?>? stats) : ICounters
{
    // The server's own flags win; without them any non-zero counter (system updates apart) means updates.
    public bool ContainsUpdates => stats is not null && (stats.TryGetValue("contains-updates", out var v)
        ? v is true
        : stats.Any(kv => kv.Key is not ("system-updates" or "contains-system-updates") && kv.Value is long and > 0));

    public bool ContainsSystemUpdates => stats is not null && (stats.TryGetValue("contains-system-updates", out var v)
        ? v is true
        : SystemUpdates > 0);

    public int NodesCreated => Get("nodes-created");

    public int NodesDeleted => Get("nodes-deleted");

    public int RelationshipsCreated => Get("relationships-created");

    public int RelationshipsDeleted => Get("relationships-deleted");

    public int PropertiesSet => Get("properties-set");

    public int LabelsAdded => Get("labels-added");

    public int LabelsRemoved => Get("labels-removed");

    public int IndexesAdded => Get("indexes-added");

    public int IndexesRemoved => Get("indexes-removed");

    public int ConstraintsAdded => Get("constraints-added");

    public int ConstraintsRemoved => Get("constraints-removed");

    public int SystemUpdates => Get("system-updates");

    private int Get(string key) => stats is not null && stats.TryGetValue(key, out var v) && v is long n ? (int)n : 0;

    public override string ToString() =>
        $"Counters(nodesCreated={NodesCreated}, relationshipsCreated={RelationshipsCreated}, propertiesSet={PropertiesSet}, labelsAdded={LabelsAdded})";
}
