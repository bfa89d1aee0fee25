using System.Collections.Concurrent;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Knowledge;

/// <summary>
/// Names of one language keyed by their normalised token sequence (tokens joined by a space), tokenised and
/// normalised by the same text layer as articles, so a lookup is a dictionary probe per candidate length. Every
/// token-boundary prefix of a key is kept too, so a longest-match scan stops as soon as no name can continue, and
/// both probes take a span, so the scan builds its candidate keys in a reused buffer instead of new strings. The
/// prefixes map to the hits of the name they spell (if any), so the scan learns both from one probe per length.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<GazetteerHit>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerHit>>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly Dictionary<string, List<GazetteerHit>?> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerHit>?>.AlternateLookup<ReadOnlySpan<char>> _prefixesBySpan;

    // KeyOf runs the text analyser; the engine asks it again and again for the same KB names (Names, FromHits), so
    // keys are memoised. The inputs are KB names and lexicon templates, a bounded set; concurrent for thread safety.
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    // One-word keys the knowledge base spells only in capitals ("CAR", "WHO", "IS"), and those it also spells in
    // lower case ("Chad"): a short key in the first set and not the second is an acronym, and its word read in
    // sentence case ("Car bomb kills four", "Who said…") is an ordinary word, not the name. Longer acronyms are
    // written in sentence case by some outlets ("Nato", "Opec" at the BBC), so only keys of up to three letters count.
    private readonly HashSet<string> _capitalsOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _spelledLower = new(StringComparer.Ordinal);

    public Gazetteer(ITextAnalyzer analyzer)
    {
        Analyzer = analyzer;
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixesBySpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
            for (var i = key.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = key.IndexOf(' ', i + 1))
            {
                _prefixes.TryAdd(key[..i], null);
            }

            _prefixes[key] = hits;
        }

        if (!key.Contains(' ', StringComparison.Ordinal))
        {
            (name.Any(char.IsLower) ? _spelledLower : _capitalsOnly).Add(key);
        }

        if (!hits.Exists(h => h.Entry.Id == entry.Id && h.Kind == kind))
        {
            hits.Add(new GazetteerHit(entry, kind));
        }

        MaxTokens = Math.Max(MaxTokens, key.Count(c => c == ' ') + 1);
    }

    /// <summary>Whether every knowledge-base spelling of this one-word key is in capitals (an acronym: CAR, WHO).</summary>
    /// <param name="key">A token's normalised text.</param>
    /// <returns>True for an acronym-only key.</returns>
    public bool IsAcronym(string key) => key.Length <= 3 && _capitalsOnly.Contains(key) && !_spelledLower.Contains(key);

    /// <summary>The second word of every name of two words or more.</summary>
    public IEnumerable<string> SecondWords => _prefixes.Keys.Select(p => p.Split(' ')).Where(w => w.Length >= 2).Select(w => w[1]);

    /// <summary>The first word of every name (its prefixes without a space).</summary>
    public IEnumerable<string> FirstWords => _prefixes.Keys.Where(p => !p.Contains(' ', StringComparison.Ordinal));

    public List<GazetteerHit>? Lookup(string key) => _names.TryGetValue(key, out var hits) ? hits : null;

    /// <summary>The hits of a key given as characters (no string is made).</summary>
    public List<GazetteerHit>? Lookup(ReadOnlySpan<char> key) => _namesBySpan.TryGetValue(key, out var hits) ? hits : null;

    /// <summary>Whether some name's key is this key or starts with it followed by a space: whether a longer candidate
    /// can still match.</summary>
    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixesBySpan.ContainsKey(key);

    /// <summary>One probe for a longest-match scan: whether a longer candidate can still match (as
    /// <see cref="IsPrefix"/>), and the hits of the key itself (as <see cref="Lookup(ReadOnlySpan{char})"/>).</summary>
    public bool TryPrefix(ReadOnlySpan<char> key, out List<GazetteerHit>? hits) => _prefixesBySpan.TryGetValue(key, out hits);

    /// <summary>The key of a name: its tokens' normalised text joined by single spaces.</summary>
    public string KeyOf(string name) => _keys.TryGetValue(name, out var key) ? key : _keys.GetOrAdd(name, ComputeKey(name));

    private string ComputeKey(string name)
    {
        // The analyser's own tokens, so names fold exactly like article text (English: "U.S." → us, "Russia's" → russia 's).
        var tokens = Analyzer.Analyze(name).SelectMany(s => s.Tokens);
        return string.Join(' ', tokens.Select(t => t.Norm));
    }
}
