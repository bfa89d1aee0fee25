namespace GeoGraph.Text;

/// <summary>The text layer of one language: sentence segmentation and tokenisation with clitic readings.</summary>
public interface ITextAnalyzer
{
    /// <summary>The language code this analyser serves (<c>ar</c>, <c>en</c>).</summary>
    string Language { get; }

    /// <summary>Splits a text into sentences of tokens. Total: any string, including empty, yields a list whose spans
    /// index the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences.</returns>
    IReadOnlyList<Sentence> Analyze(string text);

    /// <summary>The clitic readings of one normalised word (whole word first).</summary>
    /// <param name="norm">The normalised word.</param>
    /// <returns>The readings.</returns>
    IReadOnlyList<Reading> Readings(string norm);
}
