namespace GeoGraph.Text;

/// <summary>
/// Clitic readings of an Arabic word, in the spirit of Lucene's ArabicStemmer but non-destructive: instead of one
/// stem we list every plausible split and let the lexicons decide. Proclitics: the conjunctions و/ف, then one of the
/// prepositions ب/ل/ك or the future marker س; the article ال stays on the stem (so «الروسية» keys as itself) but
/// ل+ال is written «لل» and is restored to «ال» («للولايات» → ل + «الولايات»). Enclitics: the attached pronouns
/// هما هم هن ها ه كما كم ك نا ني ي; a stem left ending in ت before a pronoun also gets its taa-marbuta form
/// («جارتها» → «جاره» + ها).
/// </summary>
public static class ArabicClitics
{
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Particles = ["", "ب", "ل", "ك", "س"];
    private static readonly string[] Enclitics = ["هما", "هم", "هن", "ها", "ه", "كما", "كم", "ك", "نا", "ني", "ي"];

    /// <summary>All readings of a normalised word, whole word first; stems keep at least two letters.</summary>
    /// <param name="word">The normalised word.</param>
    /// <returns>The readings.</returns>
    public static IReadOnlyList<Reading> Readings(string word)
    {
        var list = new List<Reading>(8) { new(string.Empty, word, string.Empty) };
        if (word.Length < 3 || !IsArabic(word[0]))
        {
            return list;
        }

        foreach (var c in Conjunctions)
        {
            foreach (var p in Particles)
            {
                var prefix = c + p;
                if (prefix.Length == 0 || !word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = word[prefix.Length..];
                if (p == "ل" && rest.StartsWith('ل') && rest.Length >= 3)
                {
                    // ل + ال → لل: the article's alef is not written.
                    Add(list, new Reading(prefix, "ا" + rest, string.Empty));
                }

                if (rest.Length >= 2)
                {
                    Add(list, new Reading(prefix, rest, string.Empty));
                }
            }
        }

        var count = list.Count;
        for (var r = 0; r < count; r++)
        {
            var reading = list[r];
            foreach (var e in Enclitics)
            {
                var stem = reading.Stem;
                if (stem.Length - e.Length < 2 || !stem.EndsWith(e, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = stem[..^e.Length];
                Add(list, new Reading(reading.Prefix, rest, e));
                if (rest.EndsWith('ت') && rest.Length >= 3)
                {
                    Add(list, new Reading(reading.Prefix, rest[..^1] + "ه", e));
                }
            }
        }

        return list;
    }

    /// <summary>Whether a character is in the Arabic block.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for Arabic letters.</returns>
    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06ff';

    private static void Add(List<Reading> list, Reading reading)
    {
        if (!list.Contains(reading))
        {
            list.Add(reading);
        }
    }
}
