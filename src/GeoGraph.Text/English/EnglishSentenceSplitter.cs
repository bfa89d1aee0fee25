using System.Buffers;

namespace GeoGraph.Text.English;

/// <summary>
/// Splits English text into sentence spans without moving offsets. A line break always ends a sentence (headlines,
/// bylines and list lines carry no full stop). A dateline opening a line ("MOSCOW (Reuters) -") is a span of its own.
/// '.', '!', '?' and ellipses end a sentence only when whitespace follows (after any closing quotes or brackets) and
/// the next word starts with a capital, a digit or an opening quote, so decimals (3.5), lower-case continuations
/// ("e.g. the") and "..." inside a sentence do not split. A full stop after a title (Mr., Gen.) or an initial
/// (John F. Kennedy) never ends a sentence; after a month or "No." it does not before a number (Jan. 20, No. 10); after
/// other abbreviations (U.S., Inc., a.m.) it does only when the next word is one that starts sentences (The, He, But…).
/// </summary>
public static class EnglishSentenceSplitter
{
    /// <summary>Splits a text into trimmed, non-empty sentence spans.</summary>
    /// <param name="text">The text.</param>
    /// <returns>(start, end) spans in order.</returns>
    public static IReadOnlyList<(int Start, int End)> Split(string? text)
    {
        var spans = new List<(int, int)>();
        if (string.IsNullOrEmpty(text))
        {
            return spans;
        }

        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            // A vectorised search: line breaks are rare, and testing every character was half of the splitting time.
            var offset = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            var lineEnd = offset < 0 ? text.Length : lineStart + offset;

            SplitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    /// <summary>Whether a character breaks lines.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for line and paragraph separators.</returns>
    public static bool IsLineBreak(char c) => LineBreaks.Contains(c);

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085\v\f");

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    private static void SplitLine(string text, int start, int end, List<(int, int)> spans)
    {
        if (EnglishDateline.TryMatch(text, start, end, out var d))
        {
            Add(spans, text, start, d.End);
            start = d.End;
        }

        var s = start;
        for (var i = start; i < end; i++)
        {
            // A vectorised jump to the next terminator: most characters are none, and testing each was most of the
            // splitting time.
            var ahead = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (ahead < 0)
            {
                break;
            }

            i += ahead;

            // A run of terminators, then closing quotes and brackets, ends together ("?!", "...", ".\"", ".)").
            var runEnd = i + 1;
            while (runEnd < end && text[runEnd] is '.' or '!' or '?' or '…')
            {
                runEnd++;
            }

            var closeEnd = runEnd;
            while (closeEnd < end && text[closeEnd] is '"' or '\'' or '”' or '’' or ')' or ']' or '»')
            {
                closeEnd++;
            }

            if (closeEnd < end && !char.IsWhiteSpace(text[closeEnd]))
            {
                // "3.5", "U.S.", "e.g." or "Russia.Next" (no space: not a boundary we can trust).
                i = runEnd - 1;
                continue;
            }

            var next = closeEnd;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && !EndsBefore(text, i, runEnd, next, end))
            {
                i = runEnd - 1;
                continue;
            }

            Add(spans, text, s, closeEnd);
            s = closeEnd;
            i = closeEnd - 1;
        }

        Add(spans, text, s, end);
    }

    /// <summary>Whether the terminator run text[dot..runEnd) ends the sentence, given the next word at
    /// <paramref name="next"/>.</summary>
    private static bool EndsBefore(string text, int dot, int runEnd, int next, int end)
    {
        var n = text[next];
        var nextIsDigit = char.IsDigit(n);
        var nextStarts = char.IsUpper(n) || nextIsDigit || n is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
        if (!nextStarts)
        {
            return false;
        }

        var c = text[dot];
        if (c is '!' or '?')
        {
            return true;
        }

        var ellipsis = c == '…' || runEnd - dot >= 3;
        if (ellipsis)
        {
            return char.IsUpper(n) || n is '"' or '“';
        }

        // The word before the full stop.
        var w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 2 >= 0 && char.IsLetter(text[w - 2]))))
        {
            w--;
        }

        var word = text[w..dot];
        if (word.Length == 0)
        {
            return true;
        }

        var nextWord = NextWord(text, next, end);
        var dotted = word.Contains('.', StringComparison.Ordinal);
        if (!dotted && EnglishAbbreviations.Titles.Contains(word))
        {
            return false;
        }

        if (!dotted && (EnglishAbbreviations.Months.Contains(word) || word.Equals("No", StringComparison.OrdinalIgnoreCase)) && nextIsDigit)
        {
            return false;
        }

        // An initial: one capital letter after a capitalised word or another initial (John F. Kennedy, J. R. R.).
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return EnglishAbbreviations.SentenceStarters.Contains(nextWord) && !PrecededByName(text, w);
        }

        if (dotted || EnglishAbbreviations.IsKnown(word))
        {
            return EnglishAbbreviations.SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    private static bool PrecededByName(string text, int w)
    {
        var k = w - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        var e = k + 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        return e - (k + 1) >= 2 && char.IsUpper(text[k + 1]);
    }

    private static string NextWord(string text, int next, int end)
    {
        var e = next;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[next..e];
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsControl(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsControl(text[end - 1])))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
