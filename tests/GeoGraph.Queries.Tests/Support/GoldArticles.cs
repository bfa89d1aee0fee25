using GeoGraph.Core.Model;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>Reads the dev articles (id, language, date, source, text) from the gold file.</summary>
internal static class GoldArticles
{
    public static IReadOnlyList<Article> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(JObject.Parse)
            .Select(o => new Article(o.Value<string>("id")!, o.Value<string>("text")!, o.Value<string>("lang")!)
            {
                Date = o.Value<string>("date"),
                Source = o.Value<string>("source"),
                Title = o.Value<string>("title"),
            })
            .ToList();
}
