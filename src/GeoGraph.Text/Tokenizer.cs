namespace GeoGraph.Text;

/// <summary>
/// Splits a span of text into word, number and punctuation tokens. Marks (harakat, tatweel, zero-width and bidi
/// characters) stay inside the word they occur in and vanish from its normalised text, so «بـ» is the token «ب».
/// A letter-digit boundary splits (خلال24 → خلال, 24); digits joined by '.' or ',' are one number (3.5, 7,500).
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenises text[start..end).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <param name="readings">Computes the clitic readings of a normalised word.</param>
    /// <returns>The tokens.</returns>
    public static List<Token> Tokenize(string text, int start, int end, Func<string, IReadOnlyList<Reading>> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return Tokenize(text, start, end, norm => ReadingList.From(readings(new string(norm))));
    }

    /// <summary>Tokenises text[start..end), taking each word's readings from a source that may share them between
    /// occurrences; a word's normalised text is then its first reading's stem, so a cached word costs no new string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <param name="readings">The clitic readings of a normalised word, whole word first.</param>
    /// <returns>The tokens.</returns>
    public static List<Token> Tokenize(string text, int start, int end, WordReadings readings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(readings);
        var tokens = new List<Token>();
        var i = start;
        Span<char> buffer = stackalloc char[64];
        while (i < end)
        {
            var c = text[i];
            var f = TextNormalizer.Fold(c);
            if (f == TextNormalizer.Removed || char.IsWhiteSpace(f) || char.IsControl(f))
            {
                i++;
                continue;
            }

            var s = i;
            TokenKind kind;
            if (char.IsDigit(f))
            {
                kind = TokenKind.Number;
                i++;
                while (i < end)
                {
                    var g = TextNormalizer.Fold(text[i]);
                    if (char.IsDigit(g))
                    {
                        i++;
                    }
                    else if ((g is '.' or ',' or '٫' or '٬') && i + 1 < end && char.IsDigit(TextNormalizer.Fold(text[i + 1])))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else if (char.IsLetter(f))
            {
                kind = TokenKind.Word;
                i++;
                while (i < end)
                {
                    var g = TextNormalizer.Fold(text[i]);
                    if (g == TextNormalizer.Removed || char.IsLetter(g))
                    {
                        i++;
                    }
                    else if (g == '\'' && i + 1 < end && char.IsLetter(text[i + 1]) && IsLatin(f))
                    {
                        // English possessive and elision stay in the word ("Russia's"); readings split it.
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // Trailing marks belong to the word but are not letters; trim them off the span only if at the end.
            }
            else
            {
                kind = TokenKind.Punct;
                i++;
            }

            var len = i - s;
            var buf = len <= buffer.Length ? buffer[..len] : new char[len];
            var n = 0;
            for (var k = s; k < i; k++)
            {
                var g = TextNormalizer.Fold(text[k]);
                if (g != TextNormalizer.Removed)
                {
                    buf[n++] = kind == TokenKind.Number && g is '٫' ? '.' : g is '٬' ? ',' : g;
                }
            }

            if (n == 0)
            {
                continue;
            }

            string norm;
            ReadingList r;
            if (kind == TokenKind.Word)
            {
                r = readings(buf[..n]);
                norm = r[0].Stem;
                if (!norm.AsSpan().SequenceEqual(buf[..n]))
                {
                    // A source whose first reading is not the whole word: keep the token's own text.
                    norm = new string(buf[..n]);
                }
            }
            else if (n == 1 && buf[0] < OneChar.Length)
            {
                (norm, r) = OneChar[buf[0]];
            }
            else
            {
                norm = new string(buf[..n]);
                r = new ReadingList(new Reading(string.Empty, norm, string.Empty));
            }

            tokens.Add(new Token(s, i, norm, kind, r));
        }

        return tokens;
    }

    private static bool IsLatin(char c) => c < 0x250;

    // One-character punctuation and digits below U+0700 (ASCII, Latin-1, the Arabic block's «،؛؟»): one shared string and
    // reading list each, instead of two new objects per comma.
    private static readonly (string Norm, ReadingList Readings)[] OneChar = BuildOneChar();

    private static (string, ReadingList)[] BuildOneChar()
    {
        var table = new (string, ReadingList)[0x700];
        for (var c = 0; c < table.Length; c++)
        {
            var norm = ((char)c).ToString();
            table[c] = (norm, new ReadingList(new Reading(string.Empty, norm, string.Empty)));
        }

        return table;
    }
}
