using System.Reflection;
using GeoGraph.Extraction;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.Knowledge;

/// <summary>
/// The bundled knowledge-base files, read the way the engine reads them: as embedded resources of the Extraction
/// assembly named <c>GeoGraph.Extraction.Knowledge.Data.&lt;file&gt;.json</c>. Parsed once per test run.
/// </summary>
internal static class KnowledgeData
{
    public const string ResourcePrefix = "GeoGraph.Extraction.Knowledge.Data.";

    public static readonly string[] ExpectedFiles =
        ["countries.json", "locations.json", "organizations.json", "media.json", "people.json", "commodities.json"];

    private static readonly Lazy<IReadOnlyList<(string File, JObject Entry)>> All = new(Load);

    public static Assembly Assembly => typeof(ExtractionEngine).Assembly;

    public static IReadOnlyList<(string File, JObject Entry)> Entries => All.Value;

    public static IReadOnlyDictionary<string, JObject> ById => Index.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, JObject>> Index = new(() =>
        Entries.GroupBy(e => (string)e.Entry["id"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Entry, StringComparer.Ordinal));

    public static JArray ReadArray(string file)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"resource {ResourcePrefix + file} is not embedded");
        using var reader = new StreamReader(stream);
        return JArray.Parse(reader.ReadToEnd());
    }

    public static IEnumerable<string> Strings(JToken? token) =>
        token switch
        {
            null => [],
            JArray a => a.Select(x => (string)x!),
            JValue v when v.Type == JTokenType.String => [(string)v!],
            _ => [],
        };

    /// <summary>Every name of an entry in a language: the label and the aliases (and name, for English).</summary>
    public static IEnumerable<string> Names(JObject e, string lang)
    {
        if (lang == "en")
        {
            yield return (string)e["name"]!;
        }

        foreach (var s in Strings(e["labels"]?[lang]))
        {
            yield return s;
        }

        foreach (var s in Strings(e["aliases"]?[lang]))
        {
            yield return s;
        }
    }

    private static IReadOnlyList<(string File, JObject Entry)> Load()
    {
        var list = new List<(string, JObject)>();
        foreach (var file in ExpectedFiles)
        {
            foreach (var token in ReadArray(file))
            {
                list.Add((file, (JObject)token));
            }
        }

        return list;
    }
}
