using System.Globalization;
using System.Text;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Deterministic Arabic → Latin romanisation for labels and ids of names the KB does not know. Not a scholarly
/// transliteration: a readable, stable key (the same Arabic spelling always gives the same id), with long vowels
/// written as vowels (و → u, ي → i between consonants) so «فولكوف» reads "Fulkuf".
/// </summary>
internal static class Romanizer
{
    public static string Romanize(string arabic)
    {
        var words = TextNormalizer.Normalize(arabic).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var latin = Word(w);
            if (latin.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(char.ToUpper(latin[0], CultureInfo.InvariantCulture)).Append(latin.AsSpan(1));
        }

        return sb.ToString();
    }

    public static string Slug(string latin)
    {
        var sb = new StringBuilder();
        foreach (var c in latin.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (c == ' ' || c == '-')
            {
                if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
        }

        return sb.ToString().Trim('-');
    }

    private static string Word(string w)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var first = i == 0;
            var last = i == w.Length - 1;
            sb.Append(c switch
            {
                'ا' => "a",
                'ب' => "b",
                'ت' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' => "h",
                'خ' => "kh",
                'د' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' => "z",
                'س' => "s",
                'ش' => "sh",
                'ص' => "s",
                'ض' => "d",
                'ط' => "t",
                'ظ' => "z",
                'ع' => first ? "a" : "a",
                'غ' => "gh",
                'ف' => "f",
                'ق' => "q",
                'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ه' => last ? "a" : "h",
                'و' => first ? "w" : "u",
                'ي' => first ? "y" : (last ? "i" : "i"),
                'ء' or 'ئ' or 'ؤ' => "'",
                _ when c < 0x80 && char.IsLetterOrDigit(c) => c.ToString(),
                _ => string.Empty,
            });
        }

        return sb.ToString().Replace("''", "'", StringComparison.Ordinal).Trim('\'');
    }
}
