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

    /// <summary>The reading list of a folded word (one reading: the word itself); its stem is the token's norm.</summary>
    /// <param name="folded">The folded characters.</param>
    /// <returns>The shared list.</returns>
    public static ReadingList Of(ReadOnlySpan<char> folded) =>
        folded.Length == 1 && folded[0] < Ascii.Length ? Ascii[folded[0]] : Cache.Of(folded);

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
