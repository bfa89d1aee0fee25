namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>The column names of a result (RUN SUCCESS <c>fields</c>) with a lookup built once per result.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _index;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int IndexOf(string key) => _index.TryGetValue(key, out var i)
        ? i
        : throw new KeyNotFoundException($"The record has no column '{key}'; its columns are: {string.Join(", ", Names)}.");
}
