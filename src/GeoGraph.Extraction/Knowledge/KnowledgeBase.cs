using System.Text;
using GeoGraph.Core.Schema;
using GeoGraph.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Knowledge;

/// <summary>
/// The knowledge base: every entry of the embedded <c>Knowledge/Data/*.json</c> files plus the user's files, indexed
/// by id and by name per language. Later files override earlier entries with the same id (user files last), so a user
/// can correct an entry. Arabic demonyms are expanded from the masculine nisba the data lists: ـي → ـية, with ال,
/// sound plurals ـيون/ـيين, duals ـيان/ـيين/ـيتان/ـيتين.
/// </summary>
internal sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gazetteer> _gazetteers = new(StringComparer.Ordinal);

    private KnowledgeBase()
    {
    }

    public IReadOnlyDictionary<string, KbEntry> ById => _byId;

    /// <summary>Entries that are part of (or based in) a country or organisation, by its id.</summary>
    public IReadOnlyList<KbEntry> PartsOf(string id) => _parts.TryGetValue(id, out var l) ? l : [];

    private readonly Dictionary<string, List<KbEntry>> _parts = new(StringComparer.Ordinal);

    public KbEntry? Get(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The gazetteer of a language (ar or en).</summary>
    public Gazetteer GazetteerFor(string lang) => _gazetteers.TryGetValue(lang, out var g) ? g : _gazetteers["en"];

    /// <summary>Loads the embedded data then the user files.</summary>
    public static KnowledgeBase Load(IEnumerable<string>? userFiles)
    {
        var kb = new KnowledgeBase();
        var asm = typeof(KnowledgeBase).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("GeoGraph.Extraction.Knowledge.Data.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            kb.AddJson(reader.ReadToEnd(), name);
        }

        foreach (var file in userFiles ?? [])
        {
            kb.AddJson(File.ReadAllText(file, Encoding.UTF8), file);
        }

        kb.Index();
        return kb;
    }

    /// <summary>Builds a KB from JSON texts only (tests).</summary>
    public static KnowledgeBase FromJson(params string[] jsons)
    {
        var kb = new KnowledgeBase();
        foreach (var j in jsons)
        {
            kb.AddJson(j, "json");
        }

        kb.Index();
        return kb;
    }

    private void AddJson(string json, string origin)
    {
        JArray array;
        try
        {
            array = JArray.Parse(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new FormatException($"{origin}: expected a JSON array of knowledge-base entries: {e.Message}", e);
        }

        foreach (var token in array)
        {
            if (token is not JObject o)
            {
                continue;
            }

            var id = o.Value<string>("id");
            var name = o.Value<string>("name");
            var typeName = o.Value<string>("type");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name) || typeName is null
                || !RelationSchema.TryParseEntityType(typeName, out var type))
            {
                throw new FormatException($"{origin}: entry {o.ToString(Newtonsoft.Json.Formatting.None)[..Math.Min(80, o.ToString().Length)]} needs id, name and a schema type.");
            }

            var entry = new KbEntry
            {
                Id = id,
                Name = name,
                Type = type,
                Labels = StringMap(o["labels"]),
                Aliases = ListMap(o["aliases"]),
                Demonyms = ListMap(o["demonyms"]),
                ArPlural = List(o["ar_plural"]),
                Metonyms = ListMap(o["metonyms"]),
                Capital = o.Value<string>("capital"),
                LocatedIn = o.Value<string>("located_in"),
                CapitalOf = o.Value<string>("capital_of"),
                BasedIn = o.Value<string>("based_in"),
                PartOf = o.Value<string>("part_of"),
                Members = List(o["members"]),
                Offices = Offices(o["offices"]),
                From = o.Value<string>("from"),
                Replaces = o.Value<string>("replaces"),
            };
            _byId[id] = entry;
        }
    }

    private void Index()
    {
        var ar = new Gazetteer(TextAnalyzers.Arabic);
        var en = new Gazetteer(TextAnalyzers.English);
        _gazetteers["ar"] = ar;
        _gazetteers["en"] = en;
        foreach (var e in _byId.Values)
        {
            if (e.PartOf is { } parent)
            {
                if (!_parts.TryGetValue(parent, out var parts))
                {
                    parts = [];
                    _parts[parent] = parts;
                }

                parts.Add(e);
            }

            foreach (var (lang, g) in new[] { ("ar", ar), ("en", en) })
            {
                if (e.Labels.TryGetValue(lang, out var label))
                {
                    g.Add(label, e, NameKind.Name);
                }

                if (e.Aliases.TryGetValue(lang, out var aliases))
                {
                    foreach (var a in aliases)
                    {
                        g.Add(a, e, NameKind.Name);
                    }
                }

                if (e.Metonyms.TryGetValue(lang, out var metonyms))
                {
                    foreach (var m in metonyms)
                    {
                        g.Add(m, e, NameKind.Metonym);
                    }
                }
            }

            en.Add(e.Name, e, NameKind.Name);
            if (e.Demonyms.TryGetValue("en", out var enDem))
            {
                foreach (var d in enDem)
                {
                    en.Add(d, e, d.EndsWith('s') && !d.EndsWith("ss", StringComparison.Ordinal) ? NameKind.DemonymPlural : NameKind.Demonym);
                }
            }

            if (e.Demonyms.TryGetValue("ar", out var arDem))
            {
                foreach (var d in arDem)
                {
                    foreach (var (form, kind) in ArabicDemonymForms(d))
                    {
                        ar.Add(form, e, kind);
                    }
                }
            }

            foreach (var p in e.ArPlural)
            {
                var bare = TextNormalizer.Normalize(p);
                bare = bare.StartsWith("ال", StringComparison.Ordinal) ? bare[2..] : bare;
                ar.Add(bare, e, NameKind.DemonymPlural);
                ar.Add("ال" + bare, e, NameKind.DemonymPlural);
            }
        }
    }

    /// <summary>The inflected forms of an Arabic masculine nisba (e.g. روسي, كوري شمالي).</summary>
    internal static IEnumerable<(string Form, NameKind Kind)> ArabicDemonymForms(string masculine)
    {
        var words = TextNormalizer.Normalize(masculine).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        // Multi-word nisbas (كوري شمالي) inflect every word alike.
        string[][] endings =
        [
            ["", "ه"],
            ["ون", "ين"],
            ["ان", "تان", "تين"],
        ];
        for (var set = 0; set < endings.Length; set++)
        {
            foreach (var ending in endings[set])
            {
                foreach (var article in new[] { "", "ال" })
                {
                    var form = string.Join(' ', words.Select(w => article + Strip(w) + (w.EndsWith('ي') ? "ي" : string.Empty) + ending));
                    yield return (form, set == 1 ? NameKind.DemonymPlural : NameKind.Demonym);
                }
            }
        }

        // The data lists the nisba without the article; «ألماني» begins with alef-lam as part of the stem.
        static string Strip(string w) => w.EndsWith('ي') ? w[..^1] : w;
    }

    private static Dictionary<string, string> StringMap(JToken? t)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (t is JObject o)
        {
            foreach (var p in o.Properties())
            {
                if (p.Value.Type == JTokenType.String && !string.IsNullOrWhiteSpace(p.Value.Value<string>()))
                {
                    d[p.Name] = p.Value.Value<string>()!;
                }
            }
        }

        return d;
    }

    private static Dictionary<string, List<string>> ListMap(JToken? t)
    {
        var d = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (t is JObject o)
        {
            foreach (var p in o.Properties())
            {
                d[p.Name] = List(p.Value);
            }
        }

        return d;
    }

    private static List<string> List(JToken? t) =>
        t switch
        {
            JArray a => a.Where(x => x.Type == JTokenType.String).Select(x => x.Value<string>()!).Where(s => !string.IsNullOrWhiteSpace(s)).ToList(),
            JValue v when v.Type == JTokenType.String => [v.Value<string>()!],
            _ => [],
        };

    private static List<KbOffice> Offices(JToken? t) =>
        t is JArray a
            ? a.OfType<JObject>()
                .Where(o => o.Value<string>("role") is not null && o.Value<string>("of") is not null)
                .Select(o => new KbOffice(o.Value<string>("role")!, o.Value<string>("of")!, o.Value<string>("from"), o.Value<string>("to")))
                .ToList()
            : [];
}
