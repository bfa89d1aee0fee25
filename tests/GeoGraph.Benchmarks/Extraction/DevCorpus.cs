using System.Text;
using GeoGraph.Core.Model;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>
/// The development articles of one language repeated to a target size, each copy under its own article id (so
/// statement ids differ, as in a real stream) — the corpus every extraction benchmark reads.
/// </summary>
public sealed class DevCorpus
{
    private DevCorpus(List<Article> articles, long bytes, int sourceCount)
    {
        Articles = articles;
        Bytes = bytes;
        SourceCount = sourceCount;
    }

    /// <summary>The repeated articles.</summary>
    public List<Article> Articles { get; }

    /// <summary>UTF-8 bytes of article text in <see cref="Articles"/>.</summary>
    public long Bytes { get; }

    /// <summary>How many distinct dev articles one copy holds.</summary>
    public int SourceCount { get; }

    /// <summary>Builds the corpus from <c>shared/eval/dev/gold.jsonl</c> beside the repository.</summary>
    /// <param name="lang">Language code of the articles to take ("ar", "en").</param>
    /// <param name="targetBytes">Copies are added until the text reaches this many UTF-8 bytes.</param>
    /// <returns>The corpus.</returns>
    public static DevCorpus Build(string lang, long targetBytes)
    {
        var source = File.ReadLines(GoldPath(), Encoding.UTF8)
            .Where(l => l.Length > 0)
            .Select(JObject.Parse)
            .Where(o => o.Value<string>("lang") == lang)
            .Select(o => new Article(o.Value<string>("id")!, o.Value<string>("text")!, lang) { Date = o.Value<string>("date") })
            .ToList();
        var articles = new List<Article>();
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes && source.Count > 0; copy++)
        {
            foreach (var a in source)
            {
                articles.Add(a with { Id = $"{a.Id}-{copy}" });
                bytes += Encoding.UTF8.GetByteCount(a.Text);
            }
        }

        return new DevCorpus(articles, bytes, source.Count);
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
