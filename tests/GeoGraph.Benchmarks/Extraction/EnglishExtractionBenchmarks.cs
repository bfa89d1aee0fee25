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
        var dev = new List<Article>();
        foreach (var line in File.ReadLines(GoldPath(), Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var o = JObject.Parse(line);
            if (o.Value<string>("lang") == "en")
            {
                dev.Add(new Article(o.Value<string>("id")!, o.Value<string>("text")!, "en") { Date = o.Value<string>("date") });
            }
        }

        _articles = [];
        TotalBytes = 0;
        for (var copy = 0; TotalBytes < TargetBytes; copy++)
        {
            foreach (var a in dev)
            {
                _articles.Add(a with { Id = $"{a.Id}-{copy}" });
                TotalBytes += Encoding.UTF8.GetByteCount(a.Text);
            }
        }

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

    private static string GoldPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
        {
            dir = dir.Parent;
        }

        var beside = dir?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "eval", "dev", "gold.jsonl") : null;
        return beside is not null && File.Exists(beside) ? beside : "/work/shared/eval/dev/gold.jsonl";
    }
}
