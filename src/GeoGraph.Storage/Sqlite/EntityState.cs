namespace GeoGraph.Storage.Sqlite;

/// <summary>What the store knows of one entity row, cached so each entity is merged and written once per change.</summary>
internal sealed class EntityState(string name, string type, SortedDictionary<string, string> labels)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public SortedDictionary<string, string> Labels { get; } = labels;

    /// <summary>Name keys already written to <c>entity_names</c> by this process.</summary>
    public HashSet<string> Norms { get; } = new(StringComparer.Ordinal);

    /// <summary>Raw names already keyed, so a name seen again costs a hash lookup instead of a normalisation.</summary>
    public HashSet<string> SeenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The last entity object merged: extractors hand out the same instance per KB entry, and it needs no second merge.</summary>
    public object? LastMerged { get; set; }
}
