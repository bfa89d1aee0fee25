namespace GeoGraph.Bolt;

/// <summary>
/// Opaque server bookmarks marking a point in the transaction log. Pass a session's <see cref="IAsyncSession.LastBookmarks"/>
/// to a new session so its first transaction sees the earlier session's writes (causal chaining).
/// </summary>
public sealed class Bookmarks : IEquatable<Bookmarks>
{
    private Bookmarks(IReadOnlyList<string> values) => Values = values;

    /// <summary>The bookmark strings as the server sent them.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Creates bookmarks from strings; empty and duplicate strings are dropped.</summary>
    public static Bookmarks From(params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Bookmarks(values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Merges several bookmark sets into one.</summary>
    public static Bookmarks Merge(IEnumerable<Bookmarks?> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return From(sets.Where(s => s is not null).SelectMany(s => s!.Values));
    }

    /// <inheritdoc />
    public bool Equals(Bookmarks? other) => other is not null && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Bookmarks);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in Values)
        {
            hash.Add(v, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"Bookmarks[{string.Join(", ", Values)}]";
}
