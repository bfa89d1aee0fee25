using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Knowledge;

/// <summary>One knowledge-base entry as described by KB_FORMAT.md.</summary>
internal sealed class KbEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    public Dictionary<string, string> Labels { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Aliases { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Demonyms { get; init; } = new(StringComparer.Ordinal);

    public List<string> ArPlural { get; init; } = [];

    public Dictionary<string, List<string>> Metonyms { get; init; } = new(StringComparer.Ordinal);

    public string? Capital { get; init; }

    public string? LocatedIn { get; init; }

    public string? CapitalOf { get; init; }

    public string? BasedIn { get; init; }

    public string? PartOf { get; init; }

    public List<string> Members { get; init; } = [];

    public List<KbOffice> Offices { get; init; } = [];

    /// <summary>ISO date the body came into being (KB <c>from</c>), or null: a renamed ministry is a new entry.</summary>
    public string? From { get; init; }

    /// <summary>The id of the body this one replaced (KB <c>replaces</c>): it stands for the office before <see cref="From"/>.</summary>
    public string? Replaces { get; init; }

    /// <summary>The Core entity of this entry (built once).</summary>
    public Entity Entity => _entity ??= new Entity(
        Id,
        Name,
        Type,
        Labels,
        Aliases.Values.SelectMany(a => a).Distinct(StringComparer.Ordinal).ToArray());

    private Entity? _entity;

    /// <summary>The English demonym adjective ("Russian"), falling back to the name.</summary>
    public string EnglishAdjective => Demonyms.TryGetValue("en", out var d) && d.Count > 0 ? d[0] : Name;

    /// <summary>The ISO code part of a <c>country:XX</c> id, or the id itself.</summary>
    public string Code => Id.StartsWith("country:", StringComparison.Ordinal) ? Id["country:".Length..] : Id;
}
