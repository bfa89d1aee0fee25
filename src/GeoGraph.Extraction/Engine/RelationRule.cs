using GeoGraph.Core.Schema;
using GeoGraph.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// One relation rule: a predicate, the trigger words (verbs given as past and present stems from which every
/// person/number/gender form is generated, plus nouns), slot type constraints, and patterns such as
/// <c>V S ~3 p:على O</c>. Pattern syntax: <c>V</c> verb, <c>N</c> noun, <c>S</c>/<c>O</c> slots (<c>?</c> = take from
/// context when absent, <c>@</c> = the pronoun attached to the trigger, <c>:d</c> = a demonym adjective may fill it,
/// <c>=</c> = one mention, no coordination),
/// <c>'a|b'</c> words (<c>?</c> optional), <c>~N</c> gap of up to N non-argument tokens (<c>~N*</c> may cross
/// mentions), <c>p:X</c> preposition X as a word or as the clitic on the next mention.
/// </summary>
internal sealed class RelationRule
{
    // Affixes of the Arabic perfect (3rd person and the 1st-person plural of statements) and imperfect.
    private static readonly string[] PastSuffixes = ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"];
    private static readonly string[] PresentPrefixes = ["ي", "ت", "ن", "ا"];
    private static readonly string[] PresentSuffixes = ["", "ون", "ان", "ين", "ن", "وا", "ا"];

    public required string Id { get; init; }

    public required Predicate Predicate { get; init; }

    public HashSet<string> VerbForms { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NounForms { get; } = new(StringComparer.Ordinal);

    public List<List<PatternElement>> Patterns { get; } = [];

    public List<string> PatternTexts { get; } = [];

    public EntityType[] SubjectTypes { get; set; } = [];

    public EntityType[] ObjectTypes { get; set; } = [];

    /// <summary>Status forced by the rule (a threat is asserted even in the future tense), or null.</summary>
    public StatementStatus? FixedStatus { get; init; }

    /// <summary>A parenthetical clause (وهو ما دانته لندن) whose subject does not become the clause topic.</summary>
    public bool Parenthetical { get; init; }

    /// <summary>The subjects of the slot relate to each other pairwise (الولايات المتحدة وكوبا أعادتا فتح سفارتيهما).</summary>
    public bool Reciprocal { get; init; }

    /// <summary>The rule may fire on a trigger that another rule of the same predicate already read: a second pairing
    /// of the same event («اجتماع كيري مع لافروف الذي سيشارك فيه الجبير»: al-Jubeir with Lavrov, and with Kerry).</summary>
    public bool Independent { get; init; }

    /// <summary>Where a missing subject comes from: "nearest" mention before the trigger (default), the "first" of the
    /// sentence (the main-clause subject of a circumstantial participle: «…، مسوقا لـ…»), or only the "clause" subject of
    /// a statement earlier in the sentence, or the nearest "antecedent" even when the clause has a subject (the accused of
    /// «اتهمت واشنطن إيران بتزويد الحوثيين» supplies, not the accuser).</summary>
    public string Context { get; init; } = "nearest";

    /// <summary>A missing object is the actor of the latest act of these predicates (this sentence before the trigger, or
    /// the two before it): «ونددت الجزيرة بالقرار» after «قررت الحكومة الإسرائيلية إغلاق مكاتب الجزيرة» criticises
    /// Israel.</summary>
    public IReadOnlyList<Predicate> ObjectFromActs { get; init; } = [];

    /// <summary>The subject cannot be the object's own country (a state gives foreigners, not its citizens, days to
    /// leave), so a subject taken from context skips it.</summary>
    public bool ForeignObject { get; init; }

    /// <summary>The subject must be known to belong to another country than the object place (being somewhere is a
    /// visit only abroad: "told reporters in Beijing").</summary>
    public bool ForeignPlace { get; init; }

    /// <summary>A person filling the subject acts for the state they lead or work for («الحظر الذي فرضه الرئيس
    /// الأميركي جون كينيدي» is a US embargo); the rule's subject types must then include Person.</summary>
    public bool PersonAsState { get; init; }

    /// <summary>Literal sequences that cancel a match when they follow it: the first token after the match that fits a
    /// sequence's first element must not go on with the rest («دعا X إلى العشاء» invites, it does not urge).</summary>
    public List<List<PatternElement>> Vetoes { get; } = [];

    /// <summary>How many tokens after a match the vetoes look at.</summary>
    public int VetoWindow { get; init; } = 20;

    /// <summary>Qualifiers added as they are (e.g. item).</summary>
    public Dictionary<string, string> Qualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns naming an act told earlier ("condemned the strikes", "denounced the sanctions") and the predicate
    /// of that act ("*" = any act): a context object of the rule is the subject of the latest such statement.</summary>
    public Dictionary<string, Predicate[]> EventNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Qualifier extractors to run: count, weapon, item, of, length, share.</summary>
    public List<string> Extract { get; } = [];

    public static RelationRule Parse(JObject o, string lang)
    {
        var id = o.Value<string>("id") ?? throw new FormatException("rule without id");
        var pname = o.Value<string>("predicate") ?? throw new FormatException($"rule {id}: no predicate");
        var predicate = RelationSchema.ParsePredicate(pname);
        StatementStatus? status = null;
        if (o.Value<string>("status") is { } sname)
        {
            status = RelationSchema.TryParseStatus(sname, out var s) ? s : throw new FormatException($"rule {id}: bad status {sname}");
        }

        var rule = new RelationRule { Id = id, Predicate = predicate, FixedStatus = status, Parenthetical = o.Value<bool?>("parenthetical") ?? false, Reciprocal = o.Value<bool?>("reciprocal") ?? false, Independent = o.Value<bool?>("independent") ?? false, Context = o.Value<string>("context") ?? "nearest", VetoWindow = o.Value<int?>("veto_window") ?? 20, ForeignObject = o.Value<bool?>("foreign_object") ?? false, ForeignPlace = o.Value<bool?>("foreign_place") ?? false, PersonAsState = o.Value<bool?>("person_as_state") ?? false, ObjectFromActs = (o["object_from_acts"]?.Values<string>() ?? []).Select(x => RelationSchema.ParsePredicate(x!)).ToList() };
        var (subj, obj) = SchemaTypes.Of(predicate);
        rule.SubjectTypes = o["subject"] is JArray sa ? sa.Select(t => Enum.Parse<EntityType>(t.Value<string>()!)).ToArray() : subj;
        rule.ObjectTypes = o["object"] is JArray oa ? oa.Select(t => Enum.Parse<EntityType>(t.Value<string>()!)).ToArray() : obj;
        if (o["verbs"] is JArray verbs)
        {
            foreach (var v in verbs)
            {
                if (v is JObject vo)
                {
                    rule.AddVerb(vo.Value<string>("past"), vo.Value<string>("pres"), lang);
                }
                else if (v.Type == JTokenType.String)
                {
                    rule.VerbForms.Add(TextNormalizer.Normalize(v.Value<string>()));
                }
            }
        }

        foreach (var f in Lexicon.WordList(o["forms"]))
        {
            rule.VerbForms.Add(f);
        }

        foreach (var n in Lexicon.WordList(o["nouns"]))
        {
            rule.NounForms.Add(n);

            // A final hamza changes its seat before a pronoun: انضواء → انضوائها، انضواؤها.
            if (lang == "ar" && n.EndsWith('ء'))
            {
                rule.NounForms.Add(n[..^1] + "ئ");
                rule.NounForms.Add(n[..^1] + "ؤ");
            }

            if (lang == "ar" && !n.StartsWith("ال", StringComparison.Ordinal))
            {
                rule.NounForms.Add("ال" + n);
            }
        }

        if (o["qualifiers"] is JObject q)
        {
            foreach (var p in q.Properties())
            {
                rule.Qualifiers[p.Name] = p.Value.Value<string>() ?? string.Empty;
            }
        }

        foreach (var v in (o["veto_after"] as JArray)?.Select(t => t.Value<string>()!) ?? [])
        {
            var literals = Compile(v, id, needsTrigger: false);
            if (literals.Count == 0 || literals.Exists(e => e.Kind != ElementKind.Literal))
            {
                throw new FormatException($"rule {id}: veto '{v}' must be a sequence of words");
            }

            rule.Vetoes.Add(literals);
        }

        foreach (var p in (o["event_nouns"] as JObject)?.Properties() ?? [])
        {
            var names = p.Value.Value<string>() ?? string.Empty;
            rule.EventNouns[p.Name] = names == "*" ? [] : names.Split('|').Select(RelationSchema.ParsePredicate).ToArray();
        }

        rule.Extract.AddRange((o["extract"] as JArray)?.Select(t => t.Value<string>()!) ?? []);
        foreach (var p in (o["patterns"] as JArray)?.Select(t => t.Value<string>()!) ?? [])
        {
            var compiled = Compile(p, id);
            if (!compiled.Exists(e => e.Kind == ElementKind.Slot && e.Slot == 'S'))
            {
                // No subject in the pattern: it comes from context, like a dropped pronoun subject.
                compiled.Insert(0, new PatternElement { Kind = ElementKind.Slot, Slot = 'S', Optional = true, Implicit = true });
            }

            rule.Patterns.Add(compiled);
            rule.PatternTexts.Add(p);
        }

        return rule;
    }

    private void AddVerb(string? past, string? pres, string lang)
    {
        if (lang != "ar")
        {
            foreach (var s in new[] { past, pres })
            {
                if (!string.IsNullOrEmpty(s))
                {
                    VerbForms.Add(TextNormalizer.Normalize(s));
                }
            }

            return;
        }

        if (!string.IsNullOrEmpty(past))
        {
            var p = TextNormalizer.Normalize(past);
            foreach (var s in PastSuffixes)
            {
                VerbForms.Add(p + s);
            }
        }

        if (!string.IsNullOrEmpty(pres))
        {
            var p = TextNormalizer.Normalize(pres);
            foreach (var pre in PresentPrefixes)
            {
                foreach (var s in PresentSuffixes)
                {
                    VerbForms.Add(pre + p + s);
                }
            }
        }
    }

    internal static List<PatternElement> Compile(string pattern, string id, bool needsTrigger = true)
    {
        var list = new List<PatternElement>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '\'')
            {
                var close = pattern.IndexOf('\'', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"rule {id}: unclosed quote in '{pattern}'");
                }

                var words = pattern[(i + 1)..close].Split('|').Select(TextNormalizer.Normalize).Where(w => w.Length > 0);
                i = close + 1;
                var optional = i < pattern.Length && pattern[i] == '?';
                if (optional)
                {
                    i++;
                }

                list.Add(new PatternElement { Kind = ElementKind.Literal, Words = new HashSet<string>(words, StringComparer.Ordinal), Optional = optional });
                continue;
            }

            var end = i;
            while (end < pattern.Length && !char.IsWhiteSpace(pattern[end]))
            {
                end++;
            }

            var tok = pattern[i..end];
            i = end;
            if (tok == "V")
            {
                list.Add(new PatternElement { Kind = ElementKind.Verb });
            }
            else if (tok == "N")
            {
                list.Add(new PatternElement { Kind = ElementKind.Noun });
            }
            else if (tok[0] is 'S' or 'O')
            {
                list.Add(new PatternElement
                {
                    Kind = ElementKind.Slot,
                    Slot = tok[0],
                    Optional = tok.Contains('?', StringComparison.Ordinal),
                    FromTriggerSuffix = tok.Contains('@', StringComparison.Ordinal),
                    DemonymOk = tok.Contains(":d", StringComparison.Ordinal),
                    Single = tok.Contains('=', StringComparison.Ordinal),
                });
            }
            else if (tok[0] == '~')
            {
                var star = tok.EndsWith('*');
                var n = int.Parse(tok[1..(star ? tok.Length - 1 : tok.Length)], System.Globalization.CultureInfo.InvariantCulture);
                list.Add(new PatternElement { Kind = ElementKind.Gap, Max = n, CrossMentions = star });
            }
            else if (tok.StartsWith("p:", StringComparison.Ordinal))
            {
                var words = tok[2..].Split('|').Select(TextNormalizer.Normalize);
                list.Add(new PatternElement { Kind = ElementKind.Literal, Words = new HashSet<string>(words, StringComparer.Ordinal), Optional = false, Max = 1 });
            }
            else
            {
                throw new FormatException($"rule {id}: unknown pattern element '{tok}' in '{pattern}'");
            }
        }

        if (needsTrigger && !list.Exists(e => e.Kind is ElementKind.Verb or ElementKind.Noun))
        {
            throw new FormatException($"rule {id}: pattern '{pattern}' has no trigger (V or N)");
        }

        return list;
    }
}
