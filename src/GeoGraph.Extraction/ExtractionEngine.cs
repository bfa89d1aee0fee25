using GeoGraph.Core.Model;

namespace GeoGraph.Extraction;

/// <summary>
/// The extraction engine: knowledge base, entity recognition and relation rules for Arabic and English.
/// Placeholder shape until the engine lands; it finds nothing.
/// </summary>
public sealed class ExtractionEngine : IExtractor
{
    private ExtractionEngine()
    {
    }

    /// <summary>Creates the engine with the bundled knowledge base plus the user's own KB files (same JSON format).</summary>
    /// <param name="userKbFiles">Extra knowledge-base files, or null.</param>
    /// <returns>The engine; build it once, it is thread-safe.</returns>
    public static ExtractionEngine CreateDefault(IEnumerable<string>? userKbFiles = null)
    {
        _ = userKbFiles;
        return new ExtractionEngine();
    }

    /// <inheritdoc />
    public IReadOnlyList<Statement> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return [];
    }
}
