using System.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// The id key of a person the knowledge base does not know, made so that the same name reaches the same node from
/// English and from the romanised Arabic label: "Ivan Blagoy" and «إيفان بلاغوي» (romanised "Aifan Blaghui") both give
/// <c>fn-blg</c>. It is the consonant skeleton of each word after folding the sounds Arabic script writes with one letter
/// or cannot write (v → f, p → b, ph → f, c/ck/q/kh → k, gh → g, sh/ch → s, th → t, dh → d, x → ks), dropping vowels,
/// y, w and h (Arabic spells long vowels with و/ي and often omits short ones) and doubled letters. A key, not a
/// transliteration: two different people can share one (the cost of merging across scripts), so it is used only for
/// names outside the knowledge base, whose entries carry real ids.
/// </summary>
internal static class CrossScriptNameKey
{
    /// <summary>The key of a Latin-script name, words joined by '-'.</summary>
    /// <param name="latin">The name (diacritics may already be folded).</param>
    /// <returns>The key, empty when no consonant is left.</returns>
    public static string Of(string latin)
    {
        var sb = new StringBuilder();
        foreach (var raw in (latin ?? string.Empty).ToLowerInvariant().Split([' ', '-', '\'', '’', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Word(raw);
            if (w.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('-');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    /// <summary>The id of an unknown person: <c>person:</c> and the key, or the fallback slug when the key is empty.</summary>
    /// <param name="latin">The Latin-script name.</param>
    /// <returns>The id.</returns>
    public static string PersonId(string latin)
    {
        var key = Of(latin);
        return "person:" + (key.Length > 0 ? key : Romanizer.Slug(latin));
    }

    private static string Word(string w)
    {
        var folded = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            string? digraph = (c, next) switch
            {
                ('k', 'h') or ('c', 'k') => "k",
                ('g', 'h') => "g",
                ('s', 'h') or ('c', 'h') => "s",
                ('t', 'h') => "t",
                ('d', 'h') => "d",
                ('p', 'h') => "f",
                _ => null,
            };
            if (digraph is not null)
            {
                folded.Append(digraph);
                i++;
                continue;
            }

            folded.Append(c switch
            {
                'v' => "f",
                'p' => "b",
                'c' or 'q' => "k",
                'x' => "ks",
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h' => string.Empty,
                _ when c is >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => string.Empty,
            });
        }

        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded.ToString())
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
