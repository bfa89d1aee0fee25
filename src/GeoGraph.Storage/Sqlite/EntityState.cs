namespace GeoGraph.Storage.Sqlite;

/// <summary>What the store knows of one entity row, cached so each entity is merged and written once per change.</summary>
internal sealed class EntityState(string name, string type, SortedDictionary<string, string> labels)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public SortedDictionary<string, string> Labels { get; } = labels;

    /// <summary>Name keys already written to <c>entity_names</c> by this process.</summary>
    public HashSet<string> Norms { get; } = new(StringComparer.Ordinal);
}
