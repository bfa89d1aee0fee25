using System.Globalization;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Serialization;
using GeoGraph.Core.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>
/// Converts the dev gold triples into statements of the JSONL contract, with stable entity ids (<c>country:KZ</c>,
/// <c>person:vladimir-putin</c>) so that one entity in several articles is one node. Evidence spans are located in the
/// article text; attributions name an entity of the article when one matches, else a group entity.
/// </summary>
internal static class GoldFixture
{
    private static readonly Dictionary<string, string> Iso = new(StringComparer.Ordinal)
    {
        ["Australia"] = "AU", ["Bahrain"] = "BH", ["Canada"] = "CA", ["China"] = "CN", ["Croatia"] = "HR", ["Cuba"] = "CU",
        ["Cyprus"] = "CY", ["Czechoslovakia"] = "CSHH", ["Egypt"] = "EG", ["Ethiopia"] = "ET", ["France"] = "FR", ["Germany"] = "DE",
        ["Iran"] = "IR", ["Israel"] = "IL", ["Jordan"] = "JO", ["Kazakhstan"] = "KZ", ["Kuwait"] = "KW", ["Libya"] = "LY",
        ["Lithuania"] = "LT", ["Malaysia"] = "MY", ["Morocco"] = "MA", ["Myanmar"] = "MM", ["Netherlands"] = "NL",
        ["New Zealand"] = "NZ", ["North Korea"] = "KP", ["Norway"] = "NO", ["Qatar"] = "QA", ["Russia"] = "RU",
        ["Saudi Arabia"] = "SA", ["Senegal"] = "SN", ["Singapore"] = "SG", ["South Korea"] = "KR", ["South Sudan"] = "SS",
        ["State of Palestine"] = "PS", ["Sudan"] = "SD", ["Switzerland"] = "CH", ["Syria"] = "SY", ["Turkey"] = "TR",
        ["Uganda"] = "UG", ["Ukraine"] = "UA", ["United Arab Emirates"] = "AE", ["United Kingdom"] = "GB",
        ["United States"] = "US", ["Uruguay"] = "UY", ["Venezuela"] = "VE", ["Zimbabwe"] = "ZW",
    };

    /// <summary>The statements of every gold triple, in file order.</summary>
    public static IReadOnlyList<Statement> Convert(string goldPath)
    {
        var statements = new List<Statement>();
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            var o = JObject.Parse(line);
            var articleId = o.Value<string>("id")!;
            var text = o.Value<string>("text")!;
            var entities = o["entities"]!.ToDictionary(e => e.Value<string>("key")!, e => ToEntity((JObject)e), StringComparer.Ordinal);
            foreach (var t in o["triples"]!)
            {
                var evidenceText = t.Value<string>("evidence")!;
                var start = text.IndexOf(evidenceText, StringComparison.Ordinal);
                if (start < 0)
                {
                    throw new InvalidDataException($"{articleId}: evidence not in text: {evidenceText}");
                }

                var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
                Entity? attributed = null, denied = null;
                foreach (var q in ((JObject?)t["qualifiers"])?.Properties() ?? [])
                {
                    var value = q.Value.Type == JTokenType.String ? q.Value.Value<string>()! : q.Value.ToString(Formatting.None);
                    switch (q.Name)
                    {
                        case "attributed_to": attributed = Find(entities.Values, value); break;
                        case "denied_by": denied = Find(entities.Values, value); break;
                        default: qualifiers[q.Name] = value; break;
                    }
                }

                RelationSchema.TryParseStatus(t.Value<string>("status") ?? "asserted", out var status);
                var evidence = new Evidence(SentenceIndex(text, start), start, start + evidenceText.Length, evidenceText);
                statements.Add(new Statement(articleId, entities[t.Value<string>("s")!], RelationSchema.ParsePredicate(t.Value<string>("p")!), entities[t.Value<string>("o")!], evidence, "gold")
                {
                    Status = status,
                    AttributedTo = attributed,
                    DeniedBy = denied,
                    Qualifiers = qualifiers,
                    Confidence = 1.0,
                });
            }
        }

        return statements;
    }

    /// <summary>Writes statements as contract JSONL, adding each entity's aliases so name resolution can use them.</summary>
    public static string ToJsonl(IEnumerable<Statement> statements)
    {
        var sb = new StringBuilder();
        foreach (var s in statements)
        {
            var o = JObject.Parse(StatementJson.ToJson(s));
            AddAliases(o["subject"] as JObject, s.Subject);
            AddAliases(o["object"] as JObject, s.Object);
            AddAliases(o["attributed_to"] as JObject, s.AttributedTo);
            AddAliases(o["denied_by"] as JObject, s.DeniedBy);
            sb.Append(o.ToString(Formatting.None)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads the statements of a contract JSONL file.</summary>
    public static IReadOnlyList<Statement> Read(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(StatementJson.Parse).ToList();

    private static void AddAliases(JObject? o, Entity? e)
    {
        if (o is not null && e is not null && e.Aliases.Count > 0)
        {
            o["aliases"] = new JArray(e.Aliases);
        }
    }

    private static Entity ToEntity(JObject e)
    {
        var name = e.Value<string>("name")!;
        RelationSchema.TryParseEntityType(e.Value<string>("type")!, out var type);
        var aliases = e["aliases"]?.Select(a => a.Value<string>()!).ToList() ?? [];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name };
        var arabic = aliases.FirstOrDefault(a => a.Any(c => c is >= '\u0600' and <= '\u06ff'));
        if (arabic is not null)
        {
            labels["ar"] = arabic;
        }

        return new Entity(Id(type, name), name, type, labels, aliases.Where(a => a != arabic).ToList());
    }

    /// <summary>The stable id of an entity: ISO code for countries, else a type prefix and a slug of the name.</summary>
    public static string Id(EntityType type, string name) => type switch
    {
        EntityType.Country => "country:" + (Iso.TryGetValue(name, out var iso) ? iso : Slug(name)),
        EntityType.Organization => "org:" + Slug(name),
        EntityType.MediaOutlet => "media:" + Slug(name),
        _ => type.ToSchemaName().ToLowerInvariant() + ":" + Slug(name),
    };

    private static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    private static Entity Find(IEnumerable<Entity> entities, string name)
    {
        var key = NameKey.Of(name);
        return entities.FirstOrDefault(e => NameKey.Of(e.Name) == key || e.Labels.Values.Any(l => NameKey.Of(l) == key) || e.Aliases.Any(a => NameKey.Of(a) == key))
            ?? new Entity(Id(EntityType.Group, name), name, EntityType.Group);
    }

    private static int SentenceIndex(string text, int offset)
    {
        var sentence = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\n' || ((c is '.' or '!' or '?' or '؟') && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                sentence++;
                while (i + 1 < offset && char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }
            }
        }

        return sentence;
    }
}
