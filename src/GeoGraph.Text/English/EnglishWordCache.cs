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
    private static readonly WordCache Cache = new(norm => new ReadingList(new Reading(string.Empty, norm, string.Empty)));

    // A single ASCII character (punctuation, "a", "I", initials) is a fifth of all tokens: an array slot, no hashing.
    private static readonly ReadingList[] Ascii = BuildAscii();

    // In front of the concurrent dictionary, a direct-mapped table of recent words: a hit is a cheap hash of the
    // characters, one slot read and one comparison with the list's own word, where the dictionary's lookup (striped
    // buckets, volatile reads, its own hashing) was a third of tokenisation. Slots are written without a lock: a
    // reading list is immutable, so a race only costs a later dictionary probe.
    private const int FrontBits = 14;
    private static readonly ReadingList?[] Front = new ReadingList?[1 << FrontBits];

    /// <summary>The reading list of a folded word (one reading: the word itself); its stem is the token's norm.</summary>
    /// <param name="folded">The folded characters.</param>
    /// <returns>The shared list.</returns>
    public static ReadingList Of(ReadOnlySpan<char> folded) => Of(folded, HashOf(folded));

    /// <summary>The reading list of a folded word whose <see cref="Hash"/> the caller computed while folding it.</summary>
    /// <param name="folded">The folded characters.</param>
    /// <param name="hash">Their hash: <see cref="HashSeed"/> run through <see cref="Hash"/> for each character.</param>
    /// <returns>The shared list.</returns>
    public static ReadingList Of(ReadOnlySpan<char> folded, uint hash)
    {
        if (folded.Length == 1 && folded[0] < Ascii.Length)
        {
            return Ascii[folded[0]];
        }

        ref var slot = ref Front[SlotOf(hash)];
        if (slot is { } cached && cached[0].Stem.AsSpan().SequenceEqual(folded))
        {
            return cached;
        }

        var readings = Cache.Of(folded);
        slot = readings;
        return readings;
    }

    /// <summary>The start of a word's hash (FNV-1a).</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>The hash of a word so far, extended by one character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The hash of a word.</summary>
    internal static uint HashOf(ReadOnlySpan<char> word)
    {
        var h = HashSeed;
        foreach (var c in word)
        {
            h = Hash(h, c);
        }

        return h;
    }

    /// <summary>The front slot of a word's hash, folded to the table size.</summary>
    internal static int SlotOf(uint hash) => (int)((hash ^ (hash >> FrontBits)) & ((1u << FrontBits) - 1));

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
