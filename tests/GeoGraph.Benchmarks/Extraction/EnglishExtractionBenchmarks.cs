using System.Text;
using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Model;
using GeoGraph.Extraction;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>
/// Throughput of the whole English extract stage (text layer, recognition, rules, claims) over the English dev
/// articles repeated to at least 50 MB, the knowledge base loaded once. MB/s = <see cref="TotalBytes"/> / mean time.
/// Run: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*EnglishExtraction*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class EnglishExtractionBenchmarks
{
    private const long TargetBytes = 50L * 1024 * 1024;

    private ExtractionEngine _engine = null!;
    private List<Article> _articles = null!;

    /// <summary>UTF-16 characters of English text processed per invocation (≈ bytes for this ASCII-heavy text).</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Loads the engine and repeats the dev articles (each copy a distinct article id) to 50 MB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = ExtractionEngine.CreateDefault();
        var corpus = DevCorpus.Build("en", TargetBytes);
        _articles = corpus.Articles;
        TotalBytes = corpus.Bytes;

        Console.WriteLine($"// English corpus: {_articles.Count} articles, {TotalBytes / (1024.0 * 1024.0):F1} MB");
    }

    /// <summary>Extracts every article once, on one thread.</summary>
    /// <returns>The number of statements, so the work is not optimised away.</returns>
    [Benchmark]
    public int ExtractEnglish()
    {
        var n = 0;
        foreach (var a in _articles)
        {
            n += _engine.Extract(a).Count;
        }

        return n;
    }
}
