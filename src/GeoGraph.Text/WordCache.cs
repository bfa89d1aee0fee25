using System.Collections.Concurrent;

namespace GeoGraph.Text;

/// <summary>
/// A bounded, thread-safe cache of each word's reading list, probed by the word's characters so a hit makes no
/// string: a word's readings depend only on the word, news vocabulary is small, and sharing one list per word also
/// shares what the engine memoises on it. Used by both analysers.
/// </summary>
internal sealed class WordCache
{
    private const int Bound = 200_000;

    private readonly ConcurrentDictionary<string, ReadingList> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadingList>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Func<string, ReadingList> _compute;

    // ConcurrentDictionary.Count takes every bucket lock; the bound is checked against this counter instead.
    private int _cached;

    /// <summary>Creates the cache.</summary>
    /// <param name="compute">The readings of a word not yet cached (whole word first).</param>
    public WordCache(Func<string, ReadingList> compute)
    {
        _compute = compute;
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The readings of a word given as a string.</summary>
    public ReadingList Of(string norm) => _cache.TryGetValue(norm, out var r) ? r : Add(norm);

    /// <summary>The readings of a word given as characters.</summary>
    public ReadingList Of(ReadOnlySpan<char> norm) => _bySpan.TryGetValue(norm, out var r) ? r : Add(new string(norm));

    private ReadingList Add(string norm)
    {
        var r = _compute(norm);
        if (Volatile.Read(ref _cached) < Bound && _cache.TryAdd(norm, r))
        {
            Interlocked.Increment(ref _cached);
        }

        return r;
    }
}
