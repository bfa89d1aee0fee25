using System.Collections.Concurrent;

namespace GeoGraph.Text.English;

/// <summary>
/// One shared reading list per folded English word, looked up by the folded characters: a token of a word seen before
/// (most tokens of news text: "the", ",", "said", "Russia") gets the cached list and its normalised string instead of
/// a new string and a new list each time. Those two were two thirds of the bytes text analysis allocated, and text
/// analysis was 40% of what English extraction allocated. Bounded like the Arabic readings cache: past the bound a word
/// is simply built afresh.
/// </summary>
internal static class EnglishWordCache
{
    private const int Bound = 200_000;

    private static readonly ConcurrentDictionary<string, ReadingList> Cache = new(StringComparer.Ordinal);

    // Probed with the span in the tokenizer's stack buffer, so a hit allocates nothing.
    private static readonly ConcurrentDictionary<string, ReadingList>.AlternateLookup<ReadOnlySpan<char>> BySpan = Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // A single ASCII character (punctuation, "a", "I", initials) is a fifth of all tokens: an array slot, no hashing.
    private static readonly ReadingList[] Ascii = BuildAscii();

    // ConcurrentDictionary.Count takes every bucket lock; the bound is checked against this counter instead.
    private static int _cached;

    /// <summary>The reading list of a folded word (one reading: the word itself); its stem is the token's norm.</summary>
    /// <param name="folded">The folded characters of the token.</param>
    /// <returns>The shared list.</returns>
    public static ReadingList Of(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 1 && folded[0] < Ascii.Length)
        {
            return Ascii[folded[0]];
        }

        if (BySpan.TryGetValue(folded, out var readings))
        {
            return readings;
        }

        var norm = new string(folded);
        readings = new ReadingList(new Reading(string.Empty, norm, string.Empty));
        if (Volatile.Read(ref _cached) < Bound && Cache.TryAdd(norm, readings))
        {
            Interlocked.Increment(ref _cached);
        }

        return readings;
    }

    private static ReadingList[] BuildAscii()
    {
        var lists = new ReadingList[128];
        for (var c = 0; c < lists.Length; c++)
        {
            lists[c] = new ReadingList(new Reading(string.Empty, ((char)c).ToString(), string.Empty));
        }

        return lists;
    }
}
