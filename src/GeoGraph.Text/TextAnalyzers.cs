namespace GeoGraph.Text;

/// <summary>Picks the text layer of a language; unknown languages get the English layer (no clitics).</summary>
public static class TextAnalyzers
{
    /// <summary>The Arabic analyser (shared, thread-safe).</summary>
    public static ITextAnalyzer Arabic { get; } = new ArabicTextAnalyzer();

    /// <summary>The English analyser (shared, thread-safe).</summary>
    public static ITextAnalyzer English { get; } = new EnglishTextAnalyzer();

    /// <summary>The analyser for a language code.</summary>
    /// <param name="lang">The code, e.g. <c>ar</c>.</param>
    /// <returns>The analyser.</returns>
    public static ITextAnalyzer For(string? lang) =>
        lang is not null && lang.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
