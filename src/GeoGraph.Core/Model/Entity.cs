using GeoGraph.Core.Schema;

namespace GeoGraph.Core.Model;

/// <summary>
/// A real-world entity: a stable id (<c>country:KZ</c>, <c>org:CSTO</c>, <c>person:vladimir-putin</c>), the canonical
/// (English where known) name, its schema type, one label per language and further aliases.
/// </summary>
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">The stable id; equal ids are the same node in every store.</param>
    /// <param name="name">The canonical name, English where known.</param>
    /// <param name="type">The schema type.</param>
    /// <param name="labels">One name per language code (<c>en</c>, <c>ar</c>).</param>
    /// <param name="aliases">Other names and spellings.</param>
    public Entity(string id, string name, EntityType type, IReadOnlyDictionary<string, string>? labels = null, IReadOnlyList<string>? aliases = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Type = type;
        Labels = labels ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Aliases = aliases ?? [];
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>The schema type.</summary>
    public EntityType Type { get; }

    /// <summary>One label per language code.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Other names and spellings.</summary>
    public IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Equality is by id: the id is the entity's identity across articles and languages.</summary>
    /// <param name="other">The other entity.</param>
    /// <returns>Whether both have the same id.</returns>
    public bool Equals(Entity? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
