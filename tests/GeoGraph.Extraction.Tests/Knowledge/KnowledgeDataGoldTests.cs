using GeoGraph.Core.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.Knowledge;

/// <summary>
/// The real-world entities named in the dev gold (shared/eval/dev/gold.jsonl) must be in the knowledge base with
/// the gold's type, and every country spelling the gold uses must be a name of that country. Article-specific
/// descriptions ("British diplomat") and bodies the engine builds by pattern ("Saudi Foreign Ministry") are not KB
/// entries and are listed here by name.
/// </summary>
public sealed class KnowledgeDataGoldTests
{
    private static readonly string[] KbTypes = ["Country", "Location", "Organization", "MediaOutlet", "Person", "Commodity"];

    private static readonly HashSet<string> NotKbEntries = new(StringComparer.Ordinal)
    {
        // unnamed people and ad-hoc descriptions
        "British diplomat", "Canadian ambassador to Saudi Arabia", "Hamas official", "Palestinian infant",
        "US State Department official", "senior Israeli official", "US Vice President", "President of Uganda",
        "President of Sudan", "Russian anti-aircraft brigade", "Trump administration", "Trump presidential transition team",
        "Writers' union in the United States",
        // national ministries, cabinets, missions and embassies: built by pattern from the country ("<Country> Foreign Ministry")
        "Canadian Foreign Ministry", "Saudi Foreign Ministry", "Ministry of Foreign Affairs (Saudi Arabia)",
        "Dutch Foreign Ministry", "Bahraini Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Cuba)",
        "Cabinet of the Netherlands", "Permanent Mission of Uruguay to the United Nations",
        "Permanent Mission of Malaysia to the United Nations", "Embassy of the United States, Havana",
        "Embassy of Cuba, Washington, D.C.", "Saudi Consulate General in Istanbul",
        // private individuals with no office to record
        "Silvio Rodríguez", "Abbe Lowell",
    };

    // Country aliases in the gold that describe the government rather than name the state; the engine maps
    // "<demonym> government" by pattern.
    private static readonly string[] GovernmentWords = ["government", "Government", "حكومة", "الحكومة", "الحكم", "officials", "the French"];

    [Fact]
    public void Every_named_gold_entity_is_in_the_knowledge_base_with_the_gold_type()
    {
        var index = NameIndex();
        var errors = new List<string>();
        foreach (var (article, entity) in GoldEntities())
        {
            var name = (string)entity["name"]!;
            var type = (string)entity["type"]!;
            if (!KbTypes.Contains(type) || NotKbEntries.Contains(name))
            {
                continue;
            }

            if (!index.TryGetValue(NameKey.Of(name), out var ids))
            {
                errors.Add($"{article}: {type} '{name}' is not in the knowledge base");
            }
            else if (!ids.Any(id => (string?)KnowledgeData.ById[id]["type"] == type))
            {
                errors.Add($"{article}: '{name}' is in the knowledge base as {string.Join(", ", ids)}, not as a {type}");
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Every_country_spelling_of_the_gold_is_a_name_of_that_country()
    {
        var index = NameIndex();
        var errors = new List<string>();
        var checkedCountries = 0;
        foreach (var (article, entity) in GoldEntities().Where(x => (string?)x.Entity["type"] == "Country"))
        {
            var name = (string)entity["name"]!;
            var id = index.TryGetValue(NameKey.Of(name), out var ids) ? ids.FirstOrDefault(i => i.StartsWith("country:", StringComparison.Ordinal)) : null;
            if (id is null)
            {
                errors.Add($"{article}: country '{name}' missing");
                continue;
            }

            checkedCountries++;

            // A capital the gold lists as a country alias ("Washington", "Paris") is a metonym of the country.
            var metonyms = KnowledgeData.Strings(KnowledgeData.ById[id]["metonyms"]?["en"])
                .Concat(KnowledgeData.Strings(KnowledgeData.ById[id]["metonyms"]?["ar"]))
                .Select(NameKey.Of)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var alias in KnowledgeData.Strings(entity["aliases"]))
            {
                if (GovernmentWords.Any(w => alias.Contains(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (metonyms.Contains(NameKey.Of(alias)))
                {
                    continue;
                }

                if (!index.TryGetValue(NameKey.Of(alias), out var owners) || !owners.Contains(id))
                {
                    errors.Add($"{article}: '{alias}' does not name {id}");
                }
            }
        }

        Assert.True(checkedCountries >= 40, $"only {checkedCountries} gold countries checked");
        Assert.Empty(errors);
    }

    private static Dictionary<string, HashSet<string>> NameIndex()
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            foreach (var n in KnowledgeData.Names(e, "en").Concat(KnowledgeData.Names(e, "ar")))
            {
                var key = NameKey.Of(n);
                if (!index.TryGetValue(key, out var set))
                {
                    index[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add((string)e["id"]!);
            }
        }

        return index;
    }

    private static IEnumerable<(string Article, JObject Entity)> GoldEntities()
    {
        foreach (var line in File.ReadLines(GoldPath()))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = JObject.Parse(line);
            foreach (var entity in article["entities"] ?? new JArray())
            {
                yield return ((string)article["id"]!, (JObject)entity);
            }
        }
    }

    /// <summary>shared/ sits beside the folder holding GeoGraph.sln (CI clone); helpers' worktrees use /work/shared.</summary>
    private static string GoldPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev", "gold.jsonl"));
                if (File.Exists(beside))
                {
                    return beside;
                }

                break;
            }
        }

        const string Fallback = "/work/shared/eval/dev/gold.jsonl";
        return File.Exists(Fallback)
            ? Fallback
            : throw new FileNotFoundException("dev gold not found beside the solution nor at " + Fallback);
    }
}
