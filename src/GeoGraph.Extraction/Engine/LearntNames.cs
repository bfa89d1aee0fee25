using System.Diagnostics.CodeAnalysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Names learnt in one article (a surname after the full name, a quoted organisation), keyed like the gazetteer:
/// tokens' normalised text joined by single spaces. Like the gazetteer it keeps every token-boundary prefix of its
/// keys and answers span probes, so the longest-match scan can stop early and allocate no candidate keys.
/// </summary>
internal sealed class LearntNames
{
    private readonly Dictionary<string, Entity> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixesBySpan;

    public LearntNames()
    {
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixesBySpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    /// <summary>Sets the entity a key names (the last learnt wins, as with a dictionary).</summary>
    public Entity this[string key]
    {
        get => _names[key];
        set
        {
            if (_names.TryAdd(key, value))
            {
                AddPrefixes(key);
            }
            else
            {
                _names[key] = value;
            }
        }
    }

    public bool TryAdd(string key, Entity e)
    {
        if (!_names.TryAdd(key, e))
        {
            return false;
        }

        AddPrefixes(key);
        return true;
    }

    public bool ContainsKey(string key) => _names.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Entity e) => _names.TryGetValue(key, out e);

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out Entity e) => _namesBySpan.TryGetValue(key, out e);

    /// <summary>Whether some learnt key is this key or starts with it followed by a space.</summary>
    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixesBySpan.Contains(key);

    private void AddPrefixes(string key)
    {
        for (var i = key.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = key.IndexOf(' ', i + 1))
        {
            _prefixes.Add(key[..i]);
        }

        _prefixes.Add(key);
    }
}
