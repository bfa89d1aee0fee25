using System.Diagnostics.CodeAnalysis;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// The map the reader returns for up to <see cref="MaxSize"/> entries: a flat array searched linearly, which for
/// record-sized maps is faster to build and to probe than a hash table and a third of its memory.
/// </summary>
internal sealed class SmallMap : IReadOnlyDictionary<string, object?>
{
    /// <summary>Largest map read into this shape; larger maps become a <see cref="Dictionary{TKey, TValue}"/>.</summary>
    public const int MaxSize = 8;

    public static readonly SmallMap Empty = new(0);

    private readonly KeyValuePair<string, object?>[] _entries;
    private int _count;

    public SmallMap(int capacity) => _entries = capacity == 0 ? [] : new KeyValuePair<string, object?>[capacity];

    public int Count => _count;

    public IEnumerable<string> Keys => this.Select(e => e.Key);

    public IEnumerable<object?> Values => this.Select(e => e.Value);

    public object? this[string key] =>
        TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException($"The key '{key}' was not present in the map.");

    /// <summary>Adds an entry, or replaces the value of a repeated key (PackStream: the last one wins).</summary>
    public void Set(string key, object? value)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                _entries[i] = new(key, value);
                return;
            }
        }

        _entries[_count++] = new(key, value);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                value = _entries[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return _entries[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Entry by position, for the writer to re-send a map without an enumerator.</summary>
    internal KeyValuePair<string, object?> EntryAt(int index) => _entries[index];

    /// <summary>The entries, e.g. {a: 1, b: x}.</summary>
    /// <returns>The map as text.</returns>
    public override string ToString() => "{" + string.Join(", ", this.Select(e => $"{e.Key}: {e.Value ?? "null"}")) + "}";
}
