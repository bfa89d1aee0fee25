using System.Globalization;

namespace GeoGraph.Text;

/// <summary>
/// Character-by-character normalisation that never moves offsets: every input character maps to exactly one output
/// character, or to <see cref="Removed"/> when it carries no letter (diacritics, tatweel, bidi and zero-width marks).
/// The rules follow Lucene's ArabicNormalizer (hamza forms of alef → bare alef, alef maqsura → yeh, taa marbuta → heh,
/// harakat and tatweel dropped) plus the Persian/Urdu letter variants that appear in transliterated names (ک → ك,
/// ی/ې → ي, ە → ه), Arabic-Indic and Persian digits → ASCII digits, and Latin case folding.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The placeholder for a character that normalises to nothing; tokens skip it.</summary>
    public const char Removed = '\0';

    // Every character of the Basic Multilingual Plane folded once (128 KB): the tokenizer folds each character of
    // every article up to three times, and the rules below (a switch, ranges, a Unicode category lookup) cost far more
    // than one array read.
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character, or <see cref="Removed"/>.</returns>
    public static char Fold(char c) => Table[c];

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Compute((char)c);
        }

        return table;
    }

    private static char Compute(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        switch (c)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ':
                return 'ا';
            case 'ى' or 'ی' or 'ې' or 'ۍ' or 'ێ':
                return 'ي';
            case 'ة' or 'ە' or 'ۀ' or 'ہ' or 'ھ':
                return 'ه';
            case 'ک' or 'ڪ':
                return 'ك';
            case 'ٶ':
                return 'ؤ';
            case 'ٸ':
                return 'ئ';
            case 'گ':
                return 'ج';
            case 'پ':
                return 'ب';
            case 'چ':
                return 'ج';
            case 'ڤ':
                return 'ف';
            case '\u00a0' or '\u2007' or '\u202f':
                return ' ';
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }

        if (c is >= '\u06f0' and <= '\u06f9')
        {
            return (char)('0' + (c - '\u06f0'));
        }

        if (IsMark(c))
        {
            return Removed;
        }

        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>Whether a character is a mark that carries no letter: Arabic harakat, Quranic marks, tatweel, and the
    /// Unicode format characters (bidi controls, zero-width joiners, BOM).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for marks that normalisation removes.</returns>
    public static bool IsMark(char c) =>
        c is (>= '\u0610' and <= '\u061a') or (>= '\u064b' and <= '\u065f') or '\u0670' or (>= '\u06d6' and <= '\u06ed') or '\u0640'
        || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark);

    /// <summary>Normalises <paramref name="source"/> into <paramref name="destination"/> of the same length.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">A buffer at least as long as the source.</param>
    public static void NormalizeInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>Normalises a name or word and drops removed characters; whitespace runs collapse to one space. Used for
    /// lexicons and gazetteers so they compare equal to token text.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The normalised form.</returns>
    public static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var raw in s)
        {
            var c = Fold(raw);
            if (c == Removed)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }
}
