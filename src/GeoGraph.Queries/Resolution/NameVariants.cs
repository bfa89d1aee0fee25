using GeoGraph.Core.Text;

namespace GeoGraph.Queries.Resolution;

/// <summary>
/// The lookup keys a name may be stored under: its <see cref="NameKey"/> first, then the key with Arabic clitics
/// stripped from the first word. Arabic attaches the conjunctions و and ف, the prepositions ب, ل and ك and the article
/// ال to the following word, so a name cut from running text ("وروسيا", "بالسعودية", "للصين") carries them while the
/// gazetteer stores the bare form ("روسيا") or the form with the article ("السعودية").
/// </summary>
internal static class NameVariants
{
    // Longest first, so "بال" is tried before "ب". "لل" is ل + the article with its alef elided.
    private static readonly string[] Prefixes = ["وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

    /// <summary>The keys to look a name up under, most literal first, without duplicates.</summary>
    /// <param name="name">The name as given.</param>
    /// <returns>One or more keys; empty when the name has no letters or digits.</returns>
    public static IReadOnlyList<string> Of(string name)
    {
        var key = NameKey.Of(name);
        var keys = new List<string>();
        if (key.Length == 0)
        {
            return keys;
        }

        keys.Add(key);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? key : key[..space];
        var rest = space < 0 ? string.Empty : key[space..];
        if (!first.Any(IsArabicLetter))
        {
            return keys;
        }

        foreach (var stem in Strip(first, depth: 0))
        {
            Add(keys, stem + rest);
        }

        return keys;
    }

    private static IEnumerable<string> Strip(string word, int depth)
    {
        if (depth == 2)
        {
            yield break;
        }

        foreach (var prefix in Prefixes)
        {
            // Keep at least two letters: a one-letter remainder is never a name.
            if (!word.StartsWith(prefix, StringComparison.Ordinal) || word.Length - prefix.Length < 2)
            {
                continue;
            }

            var bare = word[prefix.Length..];
            if (prefix.EndsWith("ال", StringComparison.Ordinal) && prefix.Length > 2 || prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                // "بالسعودية" → "السعودية" as well as "سعودية": the article may be part of the stored name.
                yield return "ال" + bare;
            }

            yield return bare;
            foreach (var deeper in Strip(bare, depth + 1))
            {
                yield return deeper;
            }
        }
    }

    private static void Add(List<string> keys, string key)
    {
        if (!keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064a';
}
