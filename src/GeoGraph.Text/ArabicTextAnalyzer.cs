using System.Collections.Concurrent;

namespace GeoGraph.Text;

/// <summary>The Arabic text layer: offset-preserving normalisation, sentence segmentation, clitic readings.</summary>
public sealed class ArabicTextAnalyzer : ITextAnalyzer
{
    // Readings depend only on the word; news vocabulary is small, so a bounded cache saves most of the work.
    private readonly ConcurrentDictionary<string, ReadingList> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadingList>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private readonly WordReadings _readings;

    // ConcurrentDictionary.Count takes every bucket lock; the bound is checked against this counter instead.
    private int _cached;

    /// <summary>Creates the analyser.</summary>
    public ArabicTextAnalyzer()
    {
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        _readings = Readings;
    }

    /// <inheritdoc />
    public string Language => "ar";

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Analyze(string text) => TextAnalysis.Analyze(text, _readings, IsAbbreviation);

    /// <inheritdoc />
    public IReadOnlyList<Reading> Readings(string norm)
    {
        if (_cache.TryGetValue(norm, out var r))
        {
            return r;
        }

        r = ReadingList.From(ArabicClitics.Readings(norm));
        if (Volatile.Read(ref _cached) < 200_000 && _cache.TryAdd(norm, r))
        {
            Interlocked.Increment(ref _cached);
        }

        return r;
    }

    /// <summary>The readings of a word given as characters: a cached word is found without making its string.</summary>
    private ReadingList Readings(ReadOnlySpan<char> norm) =>
        _cacheBySpan.TryGetValue(norm, out var r) ? r : (ReadingList)Readings(new string(norm));

    // Arabic abbreviations written with a full stop: د. (doctor), م. (engineer / AD), ص. (page), ج. (part).
    private static bool IsAbbreviation(string word) => word is "د" or "م" or "ص" or "ج" or "ق" or "ه" or "Mr" or "Dr" or "St";
}
