namespace GeoGraph.Text;

/// <summary>The language-independent composition: segment, then tokenise each sentence.</summary>
internal static class TextAnalysis
{
    internal static IReadOnlyList<Sentence> Analyze(string? text, WordReadings readings, Func<string, bool> isAbbreviation)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = SentenceSplitter.Split(text, isAbbreviation);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var (start, end) in spans)
        {
            var tokens = Tokenizer.Tokenize(text, start, end, readings);
            if (tokens.Count > 0)
            {
                sentences.Add(new Sentence(sentences.Count, start, end, tokens));
            }
        }

        return sentences;
    }
}
