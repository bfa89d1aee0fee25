using System.Text;
using GeoGraph.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Everything language-specific: the text layer, the lexicon and the relation rules of one language, loaded from the
/// embedded <c>Rules/&lt;lang&gt;/*.json</c> files (<c>lexicon.json</c> plus any number of rule files, each an object
/// with a <c>rules</c> array), and the trigger index that maps every generated word form to its rules.
/// </summary>
internal sealed class LanguagePack
{
    private readonly Dictionary<string, List<(RelationRule Rule, bool Verb)>> _triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ministryByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ministryByBareWord = new(StringComparer.Ordinal);

    private LanguagePack(string language, ITextAnalyzer analyzer, Lexicon lexicon, List<RelationRule> rules)
    {
        Language = language;
        Analyzer = analyzer;
        Lexicon = lexicon;
        Rules = rules;
        foreach (var r in rules)
        {
            foreach (var f in r.VerbForms)
            {
                Index(f, r, true);
            }

            foreach (var f in r.NounForms)
            {
                Index(f, r, false);
            }
        }

        // Every trigger form is vocabulary, not a name.
        KnownWords = new HashSet<string>(lexicon.Stopwords, StringComparer.Ordinal);
        KnownWords.UnionWith(_triggers.Keys);
        foreach (var set in lexicon.Words.Values)
        {
            KnownWords.UnionWith(set.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        }

        foreach (var t in lexicon.Titles)
        {
            KnownWords.UnionWith(t.Sequences.SelectMany(s => s));
        }

        TitleIndex = new FirstWordIndex(lexicon.Titles.Select(t => t.Sequences));
        DescribedWords = new HashSet<string>(lexicon.Described.SelectMany(d => d.Words), StringComparer.Ordinal);

        // A stem names the first ministry (in lexicon order) that lists it, or lists it with the article ال.
        for (var i = 0; i < lexicon.Ministries.Count; i++)
        {
            foreach (var w in lexicon.Ministries[i].Words)
            {
                _ministryByWord.TryAdd(w, i);
                if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal))
                {
                    _ministryByBareWord.TryAdd(w[2..], i);
                }
            }
        }
        OrgHeadIndex = new FirstWordIndex(lexicon.OrgHeads.Select(h => h.Sequences));

        // Derived lists for one-bit token filters (Lexicon.AddDerived), after KnownWords so they add no vocabulary.
        lexicon.AddDerived(TriggerWords, _triggers.Keys);
        lexicon.AddDerived(TitleFirstWords, lexicon.Titles.SelectMany(t => t.Sequences).Where(q => q.Length > 0).Select(q => q[0]));
        lexicon.AddDerived(OrgHeadFirstWords, lexicon.OrgHeads.SelectMany(t => t.Sequences).Where(q => q.Length > 0).Select(q => q[0]));
        lexicon.AddDerived(DescribedNouns, DescribedWords);
        lexicon.AddDerived(MemberStateHeadWords, ["الدول", "دول"]);
        lexicon.AddDerived(KnownWordList, KnownWords);
        lexicon.AddDerived(LiteralWords, rules.SelectMany(r => r.Patterns.Concat(r.Vetoes)).SelectMany(p => p).SelectMany(e => e.Words));
        lexicon.AddDerived(DateWords, (lexicon.Ordered.GetValueOrDefault("weekdays") ?? []).Concat(lexicon.Set("yesterday")).Concat(lexicon.Set("today"))
            .Concat(Enumerable.Range(1, 12).SelectMany(m => lexicon.Set("month_" + m.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        lexicon.AddDerived(MissionWords, lexicon.Set("embassy_heads").Concat(lexicon.Set("mission_heads")).Append(MissionHeadWord));
        lexicon.AddDerived(ReferenceWords, ReferenceSets.SelectMany(lexicon.Set));
        lexicon.AddDerived(MinistryWords, _ministryByWord.Keys.Concat(_ministryByBareWord.Keys).Concat(lexicon.MinistryHeads));
        lexicon.AddDerived(WeaponWords, lexicon.Words.Where(l => l.Key.StartsWith(WeaponListPrefix, StringComparison.Ordinal)).SelectMany(l => l.Value).ToList());
    }

    /// <summary>The name prefix of the lexicon's weapon lists (<c>weapon_missile</c>: the words that name a missile).</summary>
    public const string WeaponListPrefix = "weapon_";

    /// <summary>Derived list: every word of every weapon list.</summary>
    public const string WeaponWords = "@weapons";

    /// <summary>Derived list: every trigger form of every rule.</summary>
    public const string TriggerWords = "@triggers";

    /// <summary>The description-word lists that Resolution.References reads (الأخيرة، البلدين، الزعيمان، جارتها، بلاده).</summary>
    public static readonly string[] ReferenceSets = ["latter", "pair_countries", "pair_leaders", "neighbour", "country_of"];

    /// <summary>Derived list: the words of every <see cref="ReferenceSets"/> list.</summary>
    public const string ReferenceWords = "@references";

    /// <summary>Derived list: the words a time expression can rest on (weekdays, yesterday, today, months).</summary>
    public const string DateWords = "@dates";

    /// <summary>Derived list: «الدول»/«دول» (states), the heads of a member-state group («دول الاتحاد الأوروبي»).</summary>
    public const string MemberStateHeadWords = "@member_state_heads";

    /// <summary>Derived list: <see cref="KnownWords"/>.</summary>
    public const string KnownWordList = "@known";

    /// <summary>Derived list: every word of every rule pattern and veto.</summary>
    public const string LiteralWords = "@literals";

    /// <summary>Derived list: every word of the lexicon's described-person entries.</summary>
    public const string DescribedNouns = "@described";

    /// <summary>Derived list: the heads of embassies and missions, and «شعبة» of «شعبة المصالح» (interests section).</summary>
    public const string MissionWords = "@missions";

    /// <summary>The normalised «شعبة» (section), which heads a mission only before «المصالح».</summary>
    public const string MissionHeadWord = "شعبه";

    /// <summary>Derived list: the first word of every title sequence.</summary>
    public const string TitleFirstWords = "@title_first";

    /// <summary>Derived list: the first word of every organisation-head sequence.</summary>
    public const string OrgHeadFirstWords = "@org_head_first";

    /// <summary>Derived list: ministry words (with and without ال) and ministry heads.</summary>
    public const string MinistryWords = "@ministry";

    /// <summary>Derived list, added by the engine from its knowledge base: the second word of every gazetteer name.</summary>
    public const string GazetteerSecondWords = "@gazetteer_second";

    /// <summary>Derived list, added by the engine from its knowledge base: the first word of every gazetteer name.</summary>
    public const string GazetteerFirstWords = "@gazetteer_first";

    public string Language { get; }

    /// <summary>Every word of the lexicon's described-person entries, to rule tokens out in one probe.</summary>
    public HashSet<string> DescribedWords { get; }

    public ITextAnalyzer Analyzer { get; }

    public Lexicon Lexicon { get; }

    public List<RelationRule> Rules { get; }

    /// <summary>The lexicon's titles by the first word of their sequences (the pack's lexicon is final once loaded).</summary>
    public FirstWordIndex TitleIndex { get; }

    /// <summary>The lexicon's organisation heads by the first word of their sequences.</summary>
    public FirstWordIndex OrgHeadIndex { get; }

    /// <summary>Words that are vocabulary (stopwords, cue words, trigger forms, titles): never part of a new name.</summary>
    public HashSet<string> KnownWords { get; }

    /// <summary>The first ministry in lexicon order whose words hold the stem, or hold it after the article ال
    /// (a stem longer than two letters: «خارجية» as in «وزارة خارجية روسيا»).</summary>
    public MinistryEntry? MinistryOf(string stem)
    {
        var index = _ministryByWord.TryGetValue(stem, out var i) ? i : int.MaxValue;
        if (stem.Length > 2 && _ministryByBareWord.TryGetValue(stem, out var j) && j < index)
        {
            index = j;
        }

        return index == int.MaxValue ? null : Lexicon.Ministries[index];
    }

    public List<(RelationRule Rule, bool Verb)>? TriggersOf(string stem) => _triggers.TryGetValue(stem, out var l) ? l : null;

    public static LanguagePack Load(string language)
    {
        var asm = typeof(LanguagePack).Assembly;
        var prefix = $"rules/{language}/";
        Lexicon? lexicon = null;
        var rules = new List<RelationRule>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var json = reader.ReadToEnd();
            if (name.EndsWith("lexicon.json", StringComparison.Ordinal))
            {
                // Several packs may ship a *lexicon.json; they merge in file-name order.
                lexicon = Lexicon.Parse(json, lexicon);
                continue;
            }

            var root = JObject.Parse(json);
            foreach (var r in (root["rules"] as JArray)?.OfType<JObject>() ?? [])
            {
                rules.Add(RelationRule.Parse(r, language));
            }
        }

        return new LanguagePack(language, TextAnalyzers.For(language), lexicon ?? new Lexicon(), rules);
    }

    private void Index(string form, RelationRule r, bool verb)
    {
        if (!_triggers.TryGetValue(form, out var list))
        {
            list = [];
            _triggers[form] = list;
        }

        if (!list.Exists(x => x.Rule == r && x.Verb == verb))
        {
            list.Add((r, verb));
        }
    }
}
