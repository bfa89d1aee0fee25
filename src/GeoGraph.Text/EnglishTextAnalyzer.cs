namespace GeoGraph.Text;

/// <summary>A minimal English text layer (lower-casing, abbreviation-aware segmentation, possessive readings); the
/// English helper extends it.</summary>
public sealed class EnglishTextAnalyzer : ITextAnalyzer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Inc", "Corp", "Ltd", "Co", "vs", "etc",
    };

    /// <inheritdoc />
    public string Language => "en";

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Analyze(string text) => TextAnalysis.Analyze(text, Readings, Abbreviations.Contains);

    /// <inheritdoc />
    public IReadOnlyList<Reading> Readings(string norm)
    {
        if (norm.EndsWith("'s", StringComparison.Ordinal) && norm.Length > 2)
        {
            return [new Reading(string.Empty, norm, string.Empty), new Reading(string.Empty, norm[..^2], "'s")];
        }

        return [new Reading(string.Empty, norm, string.Empty)];
    }
}
