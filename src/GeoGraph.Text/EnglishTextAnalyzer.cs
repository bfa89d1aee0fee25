using GeoGraph.Text.English;

namespace GeoGraph.Text;

/// <summary>
/// The English text layer: sentences by <see cref="EnglishSentenceSplitter"/> (abbreviations, initials, datelines,
/// line breaks), tokens by <see cref="EnglishTokenizer"/> (possessives and hyphens split off, dotted abbreviations
/// folded, offsets never moved). English has no clitic morphology to speak of, so a token has one reading, itself.
/// </summary>
public sealed class EnglishTextAnalyzer : ITextAnalyzer
{
    /// <inheritdoc />
    public string Language => "en";

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Analyze(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = EnglishSentenceSplitter.Split(text);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var (start, end) in spans)
        {
            var tokens = EnglishTokenizer.Tokenize(text, start, end);
            if (tokens.Count > 0)
            {
                sentences.Add(new Sentence(sentences.Count, start, end, tokens));
            }
        }

        return sentences;
    }

    /// <inheritdoc />
    public IReadOnlyList<Reading> Readings(string norm) => new ReadingList(new Reading(string.Empty, norm ?? string.Empty, string.Empty));
}
