namespace GeoGraph.Text;

/// <summary>
/// Splits text into sentence spans. A newline always ends a sentence (headlines and list lines carry no full stop).
/// '.', '!', '?', '؟', '…' and '؛' end one only when followed by whitespace, a closing quote or the end, and never
/// between digits (3.5, 12.00), after a single-letter abbreviation (U.S.), after a listed abbreviation, or inside
/// «…» quotes (a quoted sentence stays inside the sentence that quotes it).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits a text into trimmed, non-empty sentence spans.</summary>
    /// <param name="text">The text.</param>
    /// <param name="isAbbreviation">Whether the word before a full stop is an abbreviation, or null.</param>
    /// <returns>(start, end) spans in order.</returns>
    public static IReadOnlyList<(int Start, int End)> Split(string text, Func<string, bool>? isAbbreviation = null)
    {
        var spans = new List<(int, int)>();
        if (string.IsNullOrEmpty(text))
        {
            return spans;
        }

        var start = 0;
        var quoteDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2029' or '\u2028')
            {
                Add(spans, text, start, i);
                start = i + 1;
                quoteDepth = 0;
                continue;
            }

            if (c == '«')
            {
                quoteDepth++;
                continue;
            }

            if (c == '»')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                continue;
            }

            if (c is not ('.' or '!' or '?' or '؟' or '…') || quoteDepth > 0)
            {
                continue;
            }

            var prev = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c == '.' && char.IsDigit(prev) && char.IsDigit(next))
            {
                continue;
            }

            // Run of terminators ("?!", "...") ends together.
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '؟' or '…' or '"' or '»' or '\'' or ')' or '”')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i, isAbbreviation))
            {
                continue;
            }

            Add(spans, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dot, Func<string, bool>? isAbbreviation)
    {
        var j = dot;
        while (j > 0 && char.IsLetter(text[j - 1]))
        {
            j--;
        }

        var word = text[j..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // "U.S." : a single letter preceded by a dot.
        if (word.Length == 1 && j > 0 && text[j - 1] == '.')
        {
            return true;
        }

        return word.Length > 0 && isAbbreviation is not null && isAbbreviation(word);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || TextNormalizer.IsMark(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || TextNormalizer.IsMark(text[end - 1])))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
