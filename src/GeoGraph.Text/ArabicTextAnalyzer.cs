namespace GeoGraph.Text;

/// <summary>The Arabic text layer: offset-preserving normalisation, sentence segmentation, clitic readings.</summary>
public sealed class ArabicTextAnalyzer : ITextAnalyzer
{
    private readonly WordCache _cache = new(norm => ReadingList.From(ArabicClitics.Readings(norm)));
    private readonly WordReadings _readings;

    /// <summary>Creates the analyser.</summary>
    public ArabicTextAnalyzer() => _readings = _cache.Of;

    /// <inheritdoc />
    public string Language => "ar";

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Analyze(string text) => TextAnalysis.Analyze(text, _readings, IsAbbreviation);

    /// <inheritdoc />
    public IReadOnlyList<Reading> Readings(string norm) => _cache.Of(norm);

    // Arabic abbreviations written with a full stop: د. (doctor), م. (engineer / AD), ص. (page), ج. (part).
    private static bool IsAbbreviation(string word) => word is "د" or "م" or "ص" or "ج" or "ق" or "ه" or "Mr" or "Dr" or "St";
}
