using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Model;
using GeoGraph.Extraction;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>
/// The whole extract stage (segmentation, recognition, rules, claims) over the dev texts of one language repeated to at
/// least 50 MB, with the knowledge base loaded once in setup. Throughput = <see cref="CorpusBytes"/> / mean time;
/// allocation per article = allocated / <see cref="ArticleCount"/> (both printed in setup). Run (both languages):
/// <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*ExtractionBenchmarks*' --job short --inProcess</c>.
/// On a shared machine also read <c>extract-speed ar|en</c> (<see cref="ExtractionSpeedHarness"/>), which reports MB
/// per CPU-second, GC counts and allocation per article in seconds.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const long TargetBytes = 50L * 1024 * 1024;
    private ExtractionEngine _engine = null!;
    private List<Article> _articles = [];

    /// <summary>The language of the corpus: Arabic, then English.</summary>
    [Params("ar", "en")]
    public string Lang { get; set; } = "ar";

    /// <summary>UTF-8 bytes of text extracted per invocation.</summary>
    public long CorpusBytes { get; private set; }

    /// <summary>Articles extracted per invocation.</summary>
    public int ArticleCount { get; private set; }

    /// <summary>Loads the KB once and builds the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = ExtractionEngine.CreateDefault();
        var corpus = DevCorpus.Build(Lang, TargetBytes);
        _articles = corpus.Articles;
        CorpusBytes = corpus.Bytes;
        ArticleCount = _articles.Count;
        Console.WriteLine($"// corpus: {ArticleCount} {Lang} articles, {CorpusBytes / 1024.0 / 1024.0:F1} MB of text");
    }

    /// <summary>Extracts every article once on one core.</summary>
    /// <returns>The number of statements, so the work is not optimised away.</returns>
    [Benchmark]
    public int ExtractCorpus()
    {
        var n = 0;
        foreach (var a in _articles)
        {
            n += _engine.Extract(a).Count;
        }

        return n;
    }
}
