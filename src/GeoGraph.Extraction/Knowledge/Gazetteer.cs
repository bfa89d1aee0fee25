using GeoGraph.Text;

namespace GeoGraph.Extraction.Knowledge;

/// <summary>
/// Names of one language keyed by their normalised token sequence (tokens joined by a space), tokenised and
/// normalised by the same text layer as articles, so a lookup is a dictionary probe per candidate length.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<GazetteerHit>> _names = new(StringComparer.Ordinal);

    public Gazetteer(ITextAnalyzer analyzer) => Analyzer = analyzer;

    public ITextAnalyzer Analyzer { get; }

    /// <summary>The longest name in tokens.</summary>
    public int MaxTokens { get; private set; } = 1;

    public int Count => _names.Count;

    public void Add(string name, KbEntry entry, NameKind kind)
    {
        var key = KeyOf(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!_names.TryGetValue(key, out var hits))
        {
            hits = [];
            _names[key] = hits;
        }

        if (!hits.Exists(h => h.Entry.Id == entry.Id && h.Kind == kind))
        {
            hits.Add(new GazetteerHit(entry, kind));
        }

        MaxTokens = Math.Max(MaxTokens, key.Count(c => c == ' ') + 1);
    }

    public List<GazetteerHit>? Lookup(string key) => _names.TryGetValue(key, out var hits) ? hits : null;

    /// <summary>The key of a name: its tokens' normalised text joined by single spaces.</summary>
    public string KeyOf(string name)
    {
        // The analyser's own tokens, so names fold exactly like article text (English: "U.S." → us, "Russia's" → russia 's).
        var tokens = Analyzer.Analyze(name).SelectMany(s => s.Tokens);
        return string.Join(' ', tokens.Select(t => t.Norm));
    }
}
