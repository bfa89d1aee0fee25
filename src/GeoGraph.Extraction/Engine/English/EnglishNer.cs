using System.Text;
using GeoGraph.Core.Schema;
using GeoGraph.Text.English;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Engine.English;

/// <summary>
/// The word lists of English entity recognition (embedded <c>Rules/en/ner.json</c>), every word keyed by the English
/// tokenizer so it compares equal to token text ("secretary-general" → secretary - general).
/// </summary>
internal sealed class EnglishNer
{
    public List<EnglishTitle> Titles { get; } = [];

    public HashSet<string> TitleModifiers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Former { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PartyAdjectives { get; } = new(StringComparer.Ordinal);

    public List<(MinistryEntry Entry, string[] KbNames, List<string[]> Heads)> Ministries { get; } = [];

    /// <summary>The first word of every ministry head phrase, so the recogniser tries the ministry list only at a
    /// token that can start one (it ran every head of every ministry at every free token).</summary>
    public HashSet<string> MinistryHeadStarts { get; } = new(StringComparer.Ordinal);

    /// <summary>Ministry key (foreign, defence…) → its entry.</summary>
    public Dictionary<string, MinistryEntry> MinistryByKey { get; } = new(StringComparer.Ordinal);

    public HashSet<string> StateNouns { get; } = new(StringComparer.Ordinal);

    public List<(string[] Words, EntityType Type, bool WorksFor)> Described { get; } = [];

    public Dictionary<string, EntityType> OrgHeads { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PersonPronouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Pronouns that stand for a state or organisation named earlier in the sentence ("it").</summary>
    public HashSet<string> StatePronouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after which such a pronoun is a subject ("said it", "which it").</summary>
    public HashSet<string> StatePronounAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Verbs after which such a pronoun is their object, another party than the subject ("accusing it").</summary>
    public HashSet<string> StateObjectAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Head nouns of "the bloc", "the alliance": the nearest organisation, whatever its name.</summary>
    public HashSet<string> GenericOrgHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a following "-demonym" a stance, not a nationality ("pro-Syrian").</summary>
    public HashSet<string> StanceWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of "forces loyal to X".</summary>
    public HashSet<string> LoyalNouns { get; } = new(StringComparer.Ordinal);

    public List<(string[] Words, string Role)> Bylines { get; } = [];

    /// <summary>Words before a title phrase that make a comma after it introduce the holder's name ("his Israeli
    /// counterpart, Ariel Sharon", "the Palestinian leader, Mahmoud Abbas").</summary>
    public HashSet<string> TitleOpeners { get; } = new(StringComparer.Ordinal) { "the", "his", "her", "its", "their" };

    /// <summary>Titles by their first word, longest first.</summary>
    public Dictionary<string, List<EnglishTitle>> TitlesByFirst { get; } = new(StringComparer.Ordinal);

    /// <summary>The longest title word count, to bound scans.</summary>
    public int MaxTitleWords { get; private set; } = 1;

    /// <summary><see cref="Described"/> by first word, longest first like <see cref="Described"/>, so a position is
    /// tried only against the nouns that can start there.</summary>
    public Dictionary<string, List<(string[] Words, EntityType Type, bool WorksFor)>> DescribedByFirst { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether some ministry head phrase is empty, so a ministry can start at any token.</summary>
    public bool MinistryHeadAnywhere { get; private set; }

    /// <summary>The knowledge-base name templates of a ministry entry (empty when it has none or is not listed).</summary>
    /// <param name="entry">The ministry.</param>
    /// <returns>The templates.</returns>
    public string[] KbNamesOf(MinistryEntry entry)
    {
        // A loop, in list order like the FirstOrDefault it replaces: a lambda here allocated per ministry mention.
        foreach (var m in Ministries)
        {
            if (m.Entry == entry)
            {
                return m.KbNames;
            }
        }

        return [];
    }

    /// <summary>Every listed word → the lists it is on (<see cref="ClassOf"/>).</summary>
    private Dictionary<string, EnglishWordClass> Classes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every listed word and its classes.</summary>
    public IEnumerable<KeyValuePair<string, EnglishWordClass>> AllClasses => Classes;

    /// <summary>The name of the lexicon flag group that holds the classes (<see cref="Lexicon.AddDerivedFlags"/>).</summary>
    public const string ClassFlags = "@en_word_classes";

    /// <summary>The word lists a token's text is on, in one lookup.</summary>
    /// <param name="norm">The token's normalised text.</param>
    /// <returns>The lists, or <see cref="EnglishWordClass.None"/>.</returns>
    public EnglishWordClass ClassOf(string norm) => Classes.GetValueOrDefault(norm);

    public static EnglishNer Load()
    {
        var asm = typeof(EnglishNer).Assembly;
        using var stream = asm.GetManifestResourceStream("rules/en/ner.json") ?? throw new InvalidOperationException("rules/en/ner.json is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static EnglishNer Parse(string json)
    {
        var o = JObject.Parse(json);
        var ner = new EnglishNer();
        foreach (var m in o["ministries"]?.OfType<JObject>() ?? [])
        {
            var heads = Words(m["heads"]).Select(Split).ToList();
            var key = m.Value<string>("key")!;
            var entry = new MinistryEntry(Words(m["heads"]), m.Value<string>("en")!, m.Value<string>("slug")!, key + " minister");
            ner.Ministries.Add((entry, m["kb_names"]?.Select(x => x.Value<string>()!).ToArray() ?? [], heads));
            foreach (var h in heads)
            {
                // An empty head would match anywhere: the null entry turns the first-word filter off.
                ner.MinistryHeadStarts.Add(h.Length > 0 ? h[0] : "\0");
            }

            ner.MinistryByKey[key] = entry;
        }

        foreach (var t in o["titles"]?.OfType<JObject>() ?? [])
        {
            var key = t.Value<string>("ministry");
            var ministry = key is null ? null : ner.MinistryByKey.GetValueOrDefault(key);
            foreach (var w in Words(t["words"]))
            {
                var words = Split(w);
                ner.Titles.Add(new EnglishTitle(words, t.Value<string>("role") ?? string.Empty, t.Value<string>("predicate") ?? "NONE", t.Value<string>("of") ?? "none", ministry, t.Value<bool?>("needs_of") ?? false));
                ner.MaxTitleWords = Math.Max(ner.MaxTitleWords, words.Length);
            }
        }

        ner.TitleModifiers.UnionWith(Words(o["title_modifiers"]));
        ner.Former.UnionWith(Words(o["former"]));
        foreach (var p in (o["party_adjectives"] as JObject)?.Properties() ?? [])
        {
            ner.PartyAdjectives[EnglishNormalizer.Key(p.Name)] = p.Value.Value<string>()!;
        }

        ner.StateNouns.UnionWith(Words(o["state_nouns"]));
        foreach (var d in o["described"]?.OfType<JObject>() ?? [])
        {
            var type = Enum.Parse<EntityType>(d.Value<string>("type")!);
            foreach (var w in Words(d["words"]))
            {
                ner.Described.Add((Split(w), type, d.Value<bool?>("works_for") ?? false));
            }
        }

        foreach (var p in (o["org_heads"] as JObject)?.Properties() ?? [])
        {
            var type = Enum.Parse<EntityType>(p.Name);
            foreach (var w in Words(p.Value))
            {
                ner.OrgHeads[w] = type;
            }
        }

        ner.NameParticles.UnionWith(Words(o["name_particles"]));
        ner.NotNames.UnionWith(Words(o["not_names"]));
        ner.PersonPronouns.UnionWith(Words(o["pronouns_person"]));
        ner.StatePronouns.UnionWith(Words(o["pronouns_state"]));
        ner.StatePronounAfter.UnionWith(Words(o["pronouns_state_after"]));
        ner.StanceWords.UnionWith(Words(o["stance_words"]));
        ner.GenericOrgHeads.UnionWith(Words(o["generic_org_heads"]));
        ner.StateObjectAfter.UnionWith(Words(o["pronouns_object_after"]));
        ner.LoyalNouns.UnionWith(Words(o["loyal_nouns"]));
        foreach (var b in o["byline"]?.OfType<JObject>() ?? [])
        {
            foreach (var w in Words(b["words"]))
            {
                ner.Bylines.Add((Split(w), b.Value<string>("role")!));
            }
        }

        // Longest titles first, so "deputy foreign minister" wins over "foreign minister".
        ner.Titles.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var t in ner.Titles)
        {
            if (!ner.TitlesByFirst.TryGetValue(t.Words[0], out var list))
            {
                list = [];
                ner.TitlesByFirst[t.Words[0]] = list;
            }

            list.Add(t);
        }

        ner.Described.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var d in ner.Described)
        {
            if (!ner.DescribedByFirst.TryGetValue(d.Words[0], out var list))
            {
                list = [];
                ner.DescribedByFirst[d.Words[0]] = list;
            }

            list.Add(d);
        }

        ner.MinistryHeadAnywhere = ner.MinistryHeadStarts.Contains("\0");
        ner.Classify(ner.TitleModifiers, EnglishWordClass.TitleModifier);
        ner.Classify(ner.Former, EnglishWordClass.Former);
        ner.Classify(ner.StateNouns, EnglishWordClass.StateNoun);
        ner.Classify(ner.NameParticles, EnglishWordClass.NameParticle);
        ner.Classify(ner.NotNames, EnglishWordClass.NotName);
        ner.Classify(ner.PersonPronouns, EnglishWordClass.PersonPronoun);
        ner.Classify(ner.LoyalNouns, EnglishWordClass.LoyalNoun);
        ner.Classify(ner.MinistryHeadStarts, EnglishWordClass.MinistryHeadStart);
        ner.Classify(ner.TitlesByFirst.Keys, EnglishWordClass.TitleFirst);
        ner.Classify(ner.OrgHeads.Keys, EnglishWordClass.OrgHead);
        ner.Classify(ner.DescribedByFirst.Keys, EnglishWordClass.DescribedFirst);
        ner.Classify(ner.PartyAdjectives.Keys, EnglishWordClass.PartyAdjective);
        ner.Classify(ner.StatePronouns, EnglishWordClass.StatePronoun);
        return ner;
    }

    private void Classify(IEnumerable<string> words, EnglishWordClass c)
    {
        foreach (var w in words)
        {
            Classes[w] = Classes.GetValueOrDefault(w) | c;
        }
    }

    private static List<string> Words(JToken? t) =>
        t is JArray a ? a.Select(x => EnglishNormalizer.Key(x.Value<string>())).Where(s => s.Length > 0).ToList() : [];

    private static string[] Split(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
