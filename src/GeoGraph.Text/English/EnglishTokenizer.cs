namespace GeoGraph.Text.English;

/// <summary>
/// Splits a span of English text into word, number and punctuation tokens whose spans index the source; the token text
/// is folded by <see cref="EnglishNormalizer"/>. Rules, each for a reason:
/// <list type="bullet">
/// <item>Possessives and contractions are their own tokens ("Russia's" → russia + 's, "didn't" → did + n't), so a name
/// is looked up without its ending; other inner apostrophes stay (O'Brien).</item>
/// <item>A hyphen is its own token ("al-Assad" → al - assad, "then-Russian" → then - russian), so a demonym or name
/// inside a compound is found; the spans show the parts were joined.</item>
/// <item>Dotted abbreviations are one token without their dots ("U.S." → us, "a.m." → am), so "U.S." ≡ "US"; a listed
/// abbreviation keeps its full stop in its span ("Dec." → dec, "Mr." → mr).</item>
/// <item>Digits joined by '.' or ',' are one number (3.5, 1,400); '%' is a token.</item>
/// </list>
/// </summary>
public static class EnglishTokenizer
{
    /// <summary>Tokenises text[start..end).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <returns>The tokens.</returns>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            // An ASCII letter starts most tokens: a range test says so before the Unicode tests of other characters.
            var asciiLetter = IsAsciiLetter(text[i]);
            var f = EnglishNormalizer.Fold(text[i]);
            if (!asciiLetter && (f == TextNormalizer.Removed || char.IsWhiteSpace(f) || char.IsControl(f) || char.IsSurrogate(f)))
            {
                i++;
                continue;
            }

            var s = i;
            if (!asciiLetter && char.IsDigit(f))
            {
                i = Number(text, i, end);
                Add(tokens, text, s, i, TokenKind.Number, dropDots: false);
            }
            else if (asciiLetter || char.IsLetter(f))
            {
                i = Word(text, i, end, out var dotted);
                Add(tokens, text, s, i, TokenKind.Word, dropDots: dotted);
                i = Clitic(tokens, text, i, end);
            }
            else if (f == '\'' && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind == TokenKind.Word)
            {
                // A plural possessive ("the states' envoys") or a quote closing right after a word.
                i++;
                Add(tokens, text, s, i, TokenKind.Punct, dropDots: false);
            }
            else
            {
                i++;
                Add(tokens, text, s, i, TokenKind.Punct, dropDots: false);
            }
        }

        return tokens;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static int Number(string text, int i, int end)
    {
        i++;
        while (i < end)
        {
            var g = EnglishNormalizer.Fold(text[i]);
            if (char.IsDigit(g))
            {
                i++;
            }
            else if (g is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Consumes a word and returns its end; sets <paramref name="dotted"/> for U.S.-style abbreviations.</summary>
    private static int Word(string text, int i, int end, out bool dotted)
    {
        dotted = false;
        var s = i;

        // "U.S.", "U.N.", "a.m.", "e.g.": single letters each followed by a full stop, two at least.
        var k = i;
        var letters = 0;
        while (k + 1 < end && char.IsLetter(text[k]) && text[k + 1] == '.' && (k == s || text[k - 1] == '.'))
        {
            letters++;
            k += 2;
            if (k >= end || !char.IsLetter(text[k]) || (k + 1 < end && char.IsLetter(text[k + 1])))
            {
                break;
            }
        }

        if (letters >= 2)
        {
            dotted = true;
            return k;
        }

        i++;
        while (i < end)
        {
            var c = text[i];
            if (IsAsciiLetter(c))
            {
                i++;
                continue;
            }

            var g = EnglishNormalizer.Fold(c);
            if (g == TextNormalizer.Removed || char.IsLetter(g))
            {
                i++;
            }
            else if (g == '\'' && i + 1 < end && char.IsLetter(text[i + 1]) && !IsClitic(text, i, end) && !IsNegation(text, i, end))
            {
                // O'Brien, D'Alema: the apostrophe is part of the name.
                i++;
            }
            else
            {
                break;
            }
        }

        // "n't" belongs to the next token: did|n't.
        if (i + 1 < end && i - s >= 2 && (text[i - 1] is 'n' or 'N') && EnglishNormalizer.Fold(text[i]) == '\''
            && (text[i + 1] is 't' or 'T') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            return i - 1;
        }

        // A listed abbreviation keeps its full stop ("Mr.", "Dec.", "Corp.").
        if (i < end && text[i] == '.' && EnglishAbbreviations.IsKnown(text[s..i]))
        {
            dotted = true;
            return i + 1;
        }

        return i;
    }

    /// <summary>Whether the apostrophe at <paramref name="i"/> starts a clitic ('s, 're, 've, 'll, 'd, 'm) that ends
    /// the word.</summary>
    private static bool IsClitic(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && char.IsLetter(text[j]) && j - i <= 3)
        {
            j++;
        }

        if (j < end && char.IsLetter(text[j]))
        {
            return false;
        }

        var tail = text.AsSpan(i + 1, j - i - 1);
        return tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the apostrophe at <paramref name="i"/> is the one of "n't".</summary>
    private static bool IsNegation(string text, int i, int end) =>
        i > 0 && text[i - 1] is 'n' or 'N' && i + 1 < end && text[i + 1] is 't' or 'T' && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    /// <summary>Adds the clitic that follows a word ('s, n't, 're…) as its own token.</summary>
    private static int Clitic(List<Token> tokens, string text, int i, int end)
    {
        if (i >= end)
        {
            return i;
        }

        if (text[i] is 'n' or 'N' && i + 2 < end && EnglishNormalizer.Fold(text[i + 1]) == '\'' && text[i + 2] is 't' or 'T')
        {
            Add(tokens, text, i, i + 3, TokenKind.Word, dropDots: false);
            return i + 3;
        }

        if (EnglishNormalizer.Fold(text[i]) == '\'' && i + 1 < end && char.IsLetter(text[i + 1]) && IsClitic(text, i, end))
        {
            var j = i + 1;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }

            Add(tokens, text, i, j, TokenKind.Word, dropDots: false);
            return j;
        }

        return i;
    }

    private static void Add(List<Token> tokens, string text, int s, int e, TokenKind kind, bool dropDots)
    {
        Span<char> buffer = stackalloc char[64];
        var source = text.AsSpan(s, e - s);
        var buf = source.Length <= buffer.Length ? buffer[..source.Length] : new char[source.Length];
        var n = 0;

        // The word cache's hash is taken while folding, so the folded word is read once.
        var hash = EnglishWordCache.HashSeed;
        foreach (var c in source)
        {
            var g = EnglishNormalizer.Fold(c);
            if (g == TextNormalizer.Removed || (dropDots && g == '.'))
            {
                continue;
            }

            buf[n++] = g;
            hash = EnglishWordCache.Hash(hash, g);
        }

        if (n == 0)
        {
            return;
        }

        var readings = EnglishWordCache.Of(buf[..n], hash);
        tokens.Add(new Token(s, e, readings[0].Stem, kind, readings));
    }
}
