using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Serialization;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests;

/// <summary>Reads the dev gold articles and writes predictions in the scorer's format.</summary>
internal static class DevSet
{
    private static readonly Lazy<ExtractionEngine> LazyEngine = new(() => ExtractionEngine.CreateDefault());

    public static ExtractionEngine Engine => LazyEngine.Value;

    public static List<(Article Article, JObject Gold)> Articles(string? lang = null)
    {
        var list = new List<(Article, JObject)>();
        if (SharedFiles.Gold is not { } gold)
        {
            return list;
        }

        foreach (var line in File.ReadLines(gold, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var o = JObject.Parse(line);
            var article = new Article(o.Value<string>("id")!, o.Value<string>("text")!, o.Value<string>("lang")!) { Date = o.Value<string>("date") };
            if (lang is null || article.Lang == lang)
            {
                list.Add((article, o));
            }
        }

        return list;
    }

    public static string WritePredictions(string path, string? lang)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var (article, _) in Articles(lang))
        {
            foreach (var s in Engine.Extract(article))
            {
                StatementJson.Write(w, s, explain: true);
                w.Write('\n');
            }
        }

        return path;
    }
}
