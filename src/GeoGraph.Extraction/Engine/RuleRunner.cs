using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Interprets the relation rules over one sentence. Triggers are found through the pack's index (any clitic
/// reading of a token whose stem is a generated verb form or a listed noun), in reading order, so a dropped subject
/// can take the subject of the clause before. Each pattern is matched outwards from its trigger: the elements after
/// it left to right, the elements before it right to left, with backtracking over gaps and optional elements.
/// </summary>
internal sealed class RuleRunner
{
    private readonly ArticleState _a;
    private readonly SentenceState _s;
    private readonly Claims _claims;

    // The bits of the lists probed at every token (triggers) and at every position a gap crosses (literals).
    private readonly int _triggerWords;
    private readonly int _literalWords;

    public RuleRunner(ArticleState article, SentenceState sentence)
    {
        _a = article;
        _s = sentence;
        _claims = new Claims(article, sentence);
        _triggerWords = article.Pack.Lexicon.BitOf(LanguagePack.TriggerWords);
        _literalWords = article.Pack.Lexicon.BitOf(LanguagePack.LiteralWords);
    }

    private List<Token> T => _s.Tokens;

    public void Run()
    {
        var b = new Binding();

        // Rules fired at the current trigger token; few, so a list (the predicate test scans it anyway).
        var firedRules = new List<RelationRule>();
        for (var t = 0; t < T.Count; t++)
        {
            if (T[t].Kind != TokenKind.Word || !_a.Pack.Lexicon.Has(_triggerWords, _s, t))
            {
                continue;
            }

            // Two passes: matches that find their subject in the text win over matches that take it from context
            // («أعلنت كل من السعودية … ومصر قطع علاقاتها» is the masdar with four subjects, not the verb قطع).
            // The second pass replays the first with context subjects allowed. Matching reads only tokens and mentions
            // (Emit adds neither), so unless the first pass set a match aside for its context subject, or a statement
            // failed to emit, the replay would reject or skip every match again: it is run only then.
            firedRules.Clear();
            var readings = T[t].Readings;
            var replay = false;
            for (var pass = 0; pass < 2 && (pass == 0 || replay); pass++)
            {
                for (var ri = 0; ri < readings.Count; ri++)
                {
                    var reading = readings[ri];
                    if (_a.Pack.TriggersOf(reading.Stem) is not { } triggers || _s.CoverAt(t) is { Kind: not MentionKind.Demonym })
                    {
                        continue;
                    }

                    foreach (var (rule, verb) in triggers)
                    {
                        if (Fired(firedRules, rule))
                        {
                            continue;
                        }

                        // After a determiner a verb form is a noun ("the attack", "its support"); so it is after a word
                        // that only modifies nouns ("missile attacks", "deadly strikes") and after a verb that takes a
                        // noun object ("condemned attacks by", "launched strikes on"), and a bare form after a preposition
                        // ("killed 23 civilians in strikes on Idlib"): lexicon sets determiners, nominal_after, noun_after.
                        if (verb && t > 0 && (_a.Pack.Lexicon.Has("determiners", T[t - 1]) || (_a.Pack.Lexicon.Has("nominal_after", T[t - 1]) && HasNounUse(triggers))
                            || (_a.Pack.Lexicon.Has("noun_after", T[t - 1]) && !T[t].Norm.EndsWith("ing", StringComparison.Ordinal))))
                        {
                            continue;
                        }

                        for (var p = 0; p < rule.Patterns.Count; p++)
                        {
                            var pattern = rule.Patterns[p];
                            var k = TriggerIndex(pattern, verb ? ElementKind.Verb : ElementKind.Noun);
                            if (k < 0)
                            {
                                continue;
                            }

                            CurrentRule = rule;
                            b.Reset(t);
                            if (!MatchRight(pattern, k + 1, t + 1, b, reading) || !MatchLeft(pattern, k - 1, t, b, reading))
                            {
                                continue;
                            }

                            if (verb && PassiveUnread(pattern, k, t))
                            {
                                continue;
                            }

                            if (pass == 0 && b.SubjectFromContext)
                            {
                                replay = true;
                                continue;
                            }

                            if (Vetoed(rule, b.Last + 1))
                            {
                                continue;
                            }

                            if (Emit(rule, p, t, reading, b))
                            {
                                // One statement per rule and trigger; other predicates may still read the same
                                // trigger (طرد … بتهمة gives EXPELLED and ACCUSED).
                                firedRules.Add(rule);
                                break;
                            }

                            replay |= pass == 0;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the verb at <paramref name="t"/> is a passive participle ("civilians were killed in Aleppo", "Terrorists
    /// Killed by Syrian Army") that the pattern reads as active: an auxiliary of lexicon set passive_aux before it (one
    /// adverb may stand between), or an agent word of passive_agent right after it, while the pattern has no such word
    /// of its own. An -ing form after the auxiliary is progressive and active ("is attacking").
    /// </summary>
    private bool PassiveUnread(List<PatternElement> pattern, int k, int t)
    {
        var lex = _a.Pack.Lexicon;
        if (T[t].Norm.EndsWith("ing", StringComparison.Ordinal) || !lex.Words.ContainsKey("passive_aux"))
        {
            return false;
        }

        var before = t - 1;
        if (before > 0 && T[before].Norm.EndsWith("ly", StringComparison.Ordinal))
        {
            before--;
        }

        var auxiliary = before >= 0 && lex.Has("passive_aux", T[before]);
        var agent = t + 1 < T.Count && lex.Has("passive_agent", T[t + 1]);
        if (!auxiliary && !agent)
        {
            return false;
        }

        for (var e = 0; e < pattern.Count; e++)
        {
            if (pattern[e].Kind == ElementKind.Literal && ((e < k && auxiliary && Any(pattern[e].Words, "passive_aux")) || (e > k && agent && Any(pattern[e].Words, "passive_agent"))))
            {
                return false;
            }
        }

        return true;

        bool Any(HashSet<string> words, string set)
        {
            foreach (var w in words)
            {
                if (lex.Words[set].Contains(w))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether the trigger word is also some rule's noun ("attacks", "strikes"; not "struck"): only such a word
    /// reads as a noun after a modifier ("missile attacks" but "a missile struck").</summary>
    private static bool HasNounUse(List<(RelationRule Rule, bool Verb)> triggers)
    {
        foreach (var (_, verb) in triggers)
        {
            if (!verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first element of the trigger's kind (a loop: a lambda here allocated per rule and token).</summary>
    private static int TriggerIndex(List<PatternElement> pattern, ElementKind kind)
    {
        for (var k = 0; k < pattern.Count; k++)
        {
            if (pattern[k].Kind == kind)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the rule, or (unless the rule is independent) another rule of its predicate, already fired at
    /// this trigger.</summary>
    private static bool Fired(List<RelationRule> fired, RelationRule rule)
    {
        foreach (var r in fired)
        {
            if (r == rule || (!rule.Independent && r.Predicate == rule.Predicate))
            {
                return true;
            }
        }

        return false;
    }

    private bool Emit(RelationRule rule, int patternIndex, int trigger, Reading reading, Binding b)
    {
        var (place, _) = (SchemaTypes.ObjectIsPlace(rule.Predicate), 0);
        var objects = b.Objects;
        var subjects = b.Subjects;
        if (rule.ObjectFromActs.Count > 0 && b.ObjectFromContext && objects is null)
        {
            objects = LastActor(rule, trigger, subjects) is { } actor ? [actor] : null;
            if (objects is null)
            {
                return false;
            }
        }

        if (b.ObjectFromContext && objects is null && rule.EventNouns.Count > 0)
        {
            if (EventAgent(rule, trigger, b.Last) is not { } agent)
            {
                return false;
            }

            objects = [agent];
        }

        if (b.ObjectFromSuffix || (b.ObjectFromContext && objects is null))
        {
            // Both arguments dropped: the object is not the clause's subject («وجمدت كل التعاملات التجارية» after
            // «طردت الرياض السفير الكندي» freezes trade with the other party).
            var notObject = subjects?.FirstOrDefault() ?? (b.SubjectFromContext && !b.SubjectFromSuffix ? _s.LastSubject : null);
            var o = b.ObjectFromSuffix && reading.Suffix.Length == 0 ? null : Cataphor(trigger, rule.ObjectTypes) ?? Resolution.Antecedent(_a, _s, trigger, rule.ObjectTypes, notObject);
            objects = o is null ? null : [o];
        }

        // A possessive pronoun («ممارساتها») names the subject of a noun phrase, not of the clause.
        var possessive = b.SubjectFromSuffix;
        if (b.SubjectFromSuffix && reading.Suffix.Length > 0)
        {
            var s = Cataphor(trigger, rule.SubjectTypes) ?? Resolution.Antecedent(_a, _s, trigger, rule.SubjectTypes, objects?.FirstOrDefault());
            subjects = s is null ? null : [s];
            b.SubjectFromSuffix = false;
            b.SubjectFromContext = false;
        }
        else if (b.SubjectFromSuffix)
        {
            return false;
        }

        if (b.SubjectFromSuffix || (b.SubjectFromContext && subjects is null))
        {
            Entity? s = null;
            var own = rule.ForeignObject && objects is { Count: > 0 } ? _a.CountryOf(objects[0]) : null;
            bool Own(Entity e) => own is not null && e.Id == own.Id;
            if (!b.SubjectFromSuffix && rule.Context != "antecedent" && _s.LastSubject is { } last && Array.IndexOf(rule.SubjectTypes, last.Type) >= 0
                && (objects is null || !objects.Contains(last)) && !Own(last))
            {
                s = last;
            }

            if (s is null && rule.Context == "first")
            {
                s = _s.Ordered().Where(m => m.Start < trigger && m.IsArgument).Select(m => Resolution.Fit(m, rule.SubjectTypes, false)).FirstOrDefault(x => x is not null && !Own(x));
            }

            // "clause": only the subject of a statement made earlier in this sentence (a cause clause «بسبب
            // إصرارها» gives the reason of that act, nothing else).
            if (s is null && rule.Context == "clause")
            {
                return false;
            }

            s ??= Resolution.Antecedent(_a, _s, trigger, rule.SubjectTypes, objects?.FirstOrDefault(), own is null ? null : Own);
            if (s is null && _a.Topic is { } topic && Array.IndexOf(rule.SubjectTypes, topic.Type) >= 0 && !Own(topic))
            {
                s = topic;
            }

            subjects = s is null ? null : [s];
        }

        // CAPITAL_OF from the knowledge base: «العاصمة جوبا» names the city, «العاصمة الروسية» the country.
        if (rule.Predicate == Predicate.CapitalOf)
        {
            if (objects is null && subjects is { Count: 1 } && _a.Kb.Get(subjects[0].Id)?.CapitalOf is { } of && _a.Kb.Get(of) is { } c)
            {
                objects = [_a.Canonical(c.Entity)];
            }
            else if (subjects is null && objects is { Count: 1 } && _a.Kb.Get(objects[0].Id)?.Capital is { } cap && _a.Kb.Get(cap) is { } city)
            {
                subjects = [_a.Canonical(city.Entity)];
            }
        }

        if (rule.PersonAsState)
        {
            // People act for their states (the rule lists Person among its subject types to let them in).
            subjects = subjects?.Select(x => x.Type == EntityType.Person ? _a.CountryOf(x) : x).OfType<Entity>().Distinct().ToList();
            objects = rule.Reciprocal ? objects?.Select(x => x.Type == EntityType.Person ? _a.CountryOf(x) : x).OfType<Entity>().Distinct().ToList() : objects;
        }

        if (rule.Reciprocal && objects is null && subjects is { Count: >= 2 })
        {
            objects = subjects.Skip(1).ToList();
            subjects = [subjects[0]];
        }

        if (subjects is null || objects is null)
        {
            return false;
        }

        var any = false;
        var claim = _claims.Analyse(rule, trigger, reading, b.First, b.Last, subjects[0]);
        foreach (var s in subjects)
        {
            foreach (var o in objects)
            {
                if (s.Id == o.Id || Array.IndexOf(rule.SubjectTypes, s.Type) < 0 || Array.IndexOf(rule.ObjectTypes, o.Type) < 0)
                {
                    continue;
                }

                if (place && o.Type == EntityType.Location && s.Type == EntityType.Country)
                {
                    continue;
                }

                // "Tillerson told reporters in Beijing" is a visit, "Lavrov told reporters in Moscow" is not: a rule that
                // reads presence as a visit needs a subject known to be from another country than the place.
                if (rule.ForeignPlace && (_a.CountryOf(s) is not { } home || _a.CountryOf(o) is not { } there || home.Id == there.Id))
                {
                    continue;
                }

                var fact = new Fact(s, rule.Predicate, o, rule.Id, b.First, b.Last)
                {
                    Status = claim.Status == StatementStatus.Asserted && IsNoun(rule, reading) && AnnouncedEarlier(s, rule.Predicate, o) ? StatementStatus.Planned : claim.Status,
                    AttributedTo = claim.AttributedTo,
                    DeniedBy = claim.DeniedBy,
                };
                foreach (var (k, v) in rule.Qualifiers)
                {
                    fact.Qualifiers[k] = v;
                }

                foreach (var (k, v) in claim.Qualifiers)
                {
                    fact.Qualifiers.TryAdd(k, v);
                }

                if (rule.Extract.Contains("weapon") && !fact.Qualifiers.ContainsKey("weapon") && Weapon(b.First, b.Last) is { } weapon)
                {
                    fact.Qualifiers["weapon"] = weapon;
                }

                _a.Facts.Add((fact, _s.Sentence.Index));
                any = true;
            }
        }

        if (any && !rule.Parenthetical && !b.SubjectFromContext && !possessive)
        {
            _s.LastSubject = subjects[0];
        }

        _ = patternIndex;
        return any;
    }

    /// <summary>The subject of the latest fact of one of the rule's act predicates, not one of the subjects.</summary>
    private Entity? LastActor(RelationRule rule, int trigger, List<Entity>? subjects) =>
        LatestActor(2, (f, at) => !(at == _s.Sentence.Index && f.FirstToken >= trigger) && rule.ObjectFromActs.Contains(f.Predicate)
            && (subjects is null || !subjects.Exists(x => x.Id == f.Subject.Id)));

    /// <summary>The agent of the act an event noun of the match names ("denounced the sanctions"): the subject of the
    /// latest statement of that act in this or the three sentences before; "*" takes any act but words and standing facts.</summary>
    private Entity? EventAgent(RelationRule rule, int from, int to)
    {
        for (var t = from; t <= to && t < T.Count; t++)
        {
            if (rule.EventNouns.TryGetValue(T[t].Norm, out var acts))
            {
                return LatestActor(3, (f, _) => f.Status != StatementStatus.Negated && (acts.Length == 0
                    ? RelationSchema.Info(f.Predicate).Family != PredicateFamily.Structure && f.Predicate is not (Predicate.Criticized or Predicate.Urged or Predicate.Accused or Predicate.PublishedIn)
                    : Array.IndexOf(acts, f.Predicate) >= 0));
            }
        }

        return null;
    }

    /// <summary>The subject of the latest fact of this or the <paramref name="sentencesBack"/> sentences before that
    /// <paramref name="fits"/> (fact, its sentence): the one walk behind both ways of naming an act by its agent
    /// (<c>object_from_acts</c> predicates, <c>event_nouns</c> in the match).</summary>
    private Entity? LatestActor(int sentencesBack, Func<Fact, int, bool> fits)
    {
        for (var i = _a.Facts.Count - 1; i >= 0; i--)
        {
            var (f, at) = _a.Facts[i];
            if (_s.Sentence.Index - at > sentencesBack)
            {
                break;
            }

            if (fits(f, at))
            {
                return f.Subject;
            }
        }

        return null;
    }

    /// <summary>Whether a veto sequence of the rule follows the match: the first token in the window that fits the
    /// veto's first word starts it, and the rest must follow word by word (clause punctuation ends the window).</summary>
    private bool Vetoed(RelationRule rule, int from)
    {
        foreach (var veto in rule.Vetoes)
        {
            for (var k = from; k < T.Count && k < from + rule.VetoWindow && Gapable(k, crossMentions: true); k++)
            {
                if (!LiteralAt(veto[0], k, out _))
                {
                    continue;
                }

                var at = k + 1;
                var all = true;
                for (var e = 1; e < veto.Count && all; e++)
                {
                    all = at < T.Count && LiteralAt(veto[e], at, out _);
                    at++;
                }

                if (all)
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }

    private static bool IsNoun(RelationRule rule, Reading reading) => rule.NounForms.Contains(reading.Stem) && !rule.VerbForms.Contains(reading.Stem);

    /// <summary>
    /// An event noun carries no tense ("Mr Straw's China trip"): when the article has already announced the same
    /// visit or meeting as still to come ("Straw, who will hold talks in Beijing") — the same subject, and the same
    /// place or one inside it — the noun names that planned event.
    /// </summary>
    private bool AnnouncedEarlier(Entity subject, Predicate predicate, Entity obj)
    {
        if (predicate is not (Predicate.Visited or Predicate.MetWith))
        {
            return false;
        }

        foreach (var (f, _) in _a.Facts)
        {
            if (f.Status != StatementStatus.Planned || f.Predicate != predicate || f.Subject.Id != subject.Id)
            {
                continue;
            }

            if (f.Object.Id == obj.Id || (_a.Kb.Get(f.Object.Id) is { } place && (place.LocatedIn == obj.Id || place.CapitalOf == obj.Id)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pronoun before its referent: «ورغم انضوائها في …، إلا أن كازاخستان» – the first fitting mention after
    /// «إلا أن» / «فإن» later in the sentence.</summary>
    private Entity? Cataphor(int trigger, EntityType[] types)
    {
        for (var k = trigger + 1; k + 1 < T.Count; k++)
        {
            if ((T[k].Norm is "الا" or "فان") && _a.Pack.Lexicon.Has("complementiser", T[k].Norm == "فان" ? T[k] : T[k + 1]))
            {
                for (var j = k + 1; j < Math.Min(T.Count, k + 4); j++)
                {
                    if (_s.StartAt(j) is { IsArgument: true } m && Resolution.Fit(m, types, false) is { } e)
                    {
                        return e;
                    }
                }
            }
        }

        return null;
    }

    private bool MatchRight(List<PatternElement> els, int i, int pos, Binding b, Reading trigger)
    {
        if (i >= els.Count)
        {
            b.Last = Math.Max(b.Last, pos - 1);
            return true;
        }

        var e = els[i];
        if (e.Kind != ElementKind.Gap)
        {
            // Quotation marks are transparent: «منظمة …» التي تقودها، نشرته صحيفة «إزفيستيا».
            while (pos < T.Count && IsQuote(T[pos]) && _s.StartAt(pos) is null && !(e.Kind == ElementKind.Literal && e.Words.Contains(T[pos].Norm)))
            {
                pos++;
            }
        }

        switch (e.Kind)
        {
            case ElementKind.Literal:
                if (pos < T.Count && LiteralAt(e, pos, out var clitic))
                {
                    if (MatchRight(els, i + 1, clitic ? pos : pos + 1, b, trigger))
                    {
                        return true;
                    }
                }

                return e.Optional && MatchRight(els, i + 1, pos, b, trigger);

            case ElementKind.Gap:
                for (int k = 0, width = 0; pos + k <= T.Count && k <= e.Max + FreeGapExtra; k++)
                {
                    if (k > 0 && (!Gapable(pos + k - 1, e.CrossMentions) || (!GapFree(pos + k - 1) && ++width > e.Max)))
                    {
                        break;
                    }

                    if (MatchRight(els, i + 1, pos + k, b, trigger))
                    {
                        return true;
                    }
                }

                return false;

            case ElementKind.Slot:
                if (e.FromTriggerSuffix)
                {
                    SetSuffix(b, e.Slot, true);
                    if (MatchRight(els, i + 1, pos, b, trigger))
                    {
                        return true;
                    }

                    SetSuffix(b, e.Slot, false);
                    return false;
                }

                var at = SkipKullMin(pos);
                if (SlotRight(e, at, b, out var list, out var next) && !Possessor(els, i, next))
                {
                    Set(b, e.Slot, list);
                    if (MatchRight(els, i + 1, next, b, trigger))
                    {
                        return true;
                    }

                    Set(b, e.Slot, null);
                }

                if (e.Optional)
                {
                    SetContext(b, e.Slot, true);
                    if (MatchRight(els, i + 1, pos, b, trigger))
                    {
                        return true;
                    }

                    SetContext(b, e.Slot, false);
                }

                return false;

            default:
                return false;
        }
    }

    private bool MatchLeft(List<PatternElement> els, int i, int pos, Binding b, Reading trigger)
    {
        if (i < 0)
        {
            b.First = Math.Min(b.First, pos);
            return true;
        }

        var e = els[i];
        if (e.Kind != ElementKind.Gap)
        {
            while (pos - 1 >= 0 && IsQuote(T[pos - 1]) && _s.EndAt(pos) is null && !(e.Kind == ElementKind.Literal && e.Words.Contains(T[pos - 1].Norm)))
            {
                pos--;
            }
        }

        switch (e.Kind)
        {
            case ElementKind.Literal:
                if (pos - 1 >= 0 && LiteralAt(e, pos - 1, out var clitic) && !clitic && MatchLeft(els, i - 1, pos - 1, b, trigger))
                {
                    return true;
                }

                return e.Optional && MatchLeft(els, i - 1, pos, b, trigger);

            case ElementKind.Gap:
                for (int k = 0, width = 0; pos - k >= 0 && k <= e.Max + FreeGapExtra; k++)
                {
                    if (k > 0 && (!Gapable(pos - k, e.CrossMentions) || (!GapFree(pos - k) && ++width > e.Max)))
                    {
                        break;
                    }

                    if (!SubjectGapStop(els, i, pos - k, pos) && MatchLeft(els, i - 1, pos - k, b, trigger))
                    {
                        return true;
                    }
                }

                return false;

            case ElementKind.Slot:
                if (e.FromTriggerSuffix)
                {
                    SetSuffix(b, e.Slot, true);
                    if (MatchLeft(els, i - 1, pos, b, trigger))
                    {
                        return true;
                    }

                    SetSuffix(b, e.Slot, false);
                    return false;
                }

                if (!e.Implicit && SlotLeft(e, pos, b, out var list, out var start))
                {
                    Set(b, e.Slot, list);
                    if (MatchLeft(els, i - 1, start, b, trigger))
                    {
                        return true;
                    }

                    Set(b, e.Slot, null);
                }

                if (e.Optional)
                {
                    SetContext(b, e.Slot, true);
                    if (MatchLeft(els, i - 1, pos, b, trigger))
                    {
                        return true;
                    }

                    SetContext(b, e.Slot, false);
                }

                return false;

            default:
                return false;
        }
    }

    private bool SlotRight(PatternElement e, int pos, Binding b, out List<Entity> list, out int next)
    {
        list = [];
        next = pos;
        var types = e.Slot == 'S' ? CurrentRule.SubjectTypes : CurrentRule.ObjectTypes;
        var place = e.Slot == 'O' && SchemaTypes.ObjectIsPlace(CurrentRule.Predicate);
        var m = _s.StartAt(pos);
        if (m is null && _s.TitleJump.TryGetValue(pos, out var jump))
        {
            m = _s.StartAt(jump);
        }

        // An article before the filler ("a member of the CSTO"): lexicon set slot_skip.
        if (m is null && pos < T.Count && _a.Pack.Lexicon.Has("slot_skip", T[pos]))
        {
            m = _s.StartAt(pos + 1);
        }

        // "strikes targeting IS-held areas": what a party holds is the party's, so an attack on it attacks the party.
        if (m is null || Resolution.Fit(m, types, place, e.DemonymOk) is null
            || (CompoundModifier(m) && !(CurrentRule.Predicate == Predicate.Attacked && _a.Pack.Lexicon.Has("held_by_heads", T[m.End + 1]))))
        {
            return false;
        }

        AddAll(list, m, types, place, e.DemonymOk);
        next = m.End;

        // Coordination: X، Y وZ. A comma after the و-conjunct closes the list (حثت لندن وباريس وبرلين، السعودية وتركيا).
        var closed = false;
        while (!e.Single)
        {
            var q = next;
            if (q < T.Count && (T[q].Is('،') || T[q].Is(',')))
            {
                if (closed)
                {
                    break;
                }

                q++;
            }

            // A conjunction written as a word (English "X, Y and the Z"; lexicon sets coordinators / coordination_skip).
            if (q < T.Count && _a.Pack.Lexicon.Has("coordinators", T[q]))
            {
                q++;
                if (q < T.Count && _a.Pack.Lexicon.Has("coordination_skip", T[q]))
                {
                    q++;
                }
            }

            var n = _s.StartAt(q);

            // «… والرئيس الأمريكي دونالد ترامب»: the conjunction sits on the title before the name.
            var viaTitle = false;
            if (n is null && _s.TitleJump.TryGetValue(q, out var j2) && T[q].Norm.StartsWith('و'))
            {
                n = _s.StartAt(j2);

                // A real proclitic (والرئيس), not a title that begins with the letter (وزير).
                viaTitle = T[q].Readings.Any(r => r.Prefix.StartsWith('و') && _a.Pack.KnownWords.Contains(r.Stem));
            }

            if (n is null || (q == next && !n.Prefix.StartsWith('و') && !viaTitle) || Resolution.Fit(n, types, place, e.DemonymOk) is null)
            {
                break;
            }

            // "… to Russia, U.S. officials said": the name after the comma is the source of the claim, not a conjunct.
            if ((n.End < T.Count && _a.Pack.Lexicon.Has("speech", T[n.End])) || (n.End + 1 < T.Count && _a.Pack.Lexicon.Has("speech", T[n.End + 1])))
            {
                break;
            }

            // "support for Armenia, Azerbaijan's long-time foe": a possessor after a bare comma opens an apposition.
            if (q == next + 1 && n.End < T.Count && T[n.End].Norm == "'s")
            {
                break;
            }

            AddAll(list, n, types, place, e.DemonymOk);
            closed |= n.Prefix.StartsWith('و') || viaTitle;
            next = n.End;
        }

        b.First = Math.Min(b.First, pos);
        b.Last = Math.Max(b.Last, next - 1);
        return list.Count > 0;
    }

    private bool SlotLeft(PatternElement e, int pos, Binding b, out List<Entity> list, out int start)
    {
        list = [];
        start = pos;
        var types = e.Slot == 'S' ? CurrentRule.SubjectTypes : CurrentRule.ObjectTypes;
        var place = e.Slot == 'O' && SchemaTypes.ObjectIsPlace(CurrentRule.Predicate);
        var m = _s.EndAt(pos);
        if (m is null && e.Slot == 'S' && ParentheticalBefore(pos) is { } comma)
        {
            m = _s.EndAt(comma);
        }

        // "The United States, which has armed the YPG against Islamic State, urged…": the name that closes a relative
        // clause or apposition is not the subject; the head before the clause is.
        if (m is not null && e.Slot == 'S' && pos < T.Count && T[pos].Is(',') && ParentheticalBefore(pos + 1) is { } open && open < m.Start)
        {
            m = _s.EndAt(open);
        }

        if (m is null || Resolution.Fit(m, types, place, e.DemonymOk) is null)
        {
            return false;
        }

        AddAll(list, m, types, place, e.DemonymOk);
        start = m.Start;
        var sawWord = false;
        while (!e.Single && PreviousConjunct(m, start, ref sawWord) is { } prev && Resolution.Fit(prev, types, place, e.DemonymOk) is not null)
        {
            AddAll(list, prev, types, place, e.DemonymOk);
            start = prev.Start;
            m = prev;
        }

        // A name governed by a preposition is no subject ("speaking in Beijing after meeting Xi"), unless it is a
        // possessor ("in the aftermath of China's crackdown"): lexicon set not_subject_after.
        // "to the US-backed Syrian Democratic Forces": the name before the rule's own hyphenated participle is its agent.
        // "took a jab at the United States on Wednesday calling on…": the article between the preposition and the name,
        // for the prepositions of lexicon set not_subject_after_the (not "of the US-led coalition bombing of Raqqa",
        // "with the Security Council adopting…", whose name is the agent of the noun or the clause).
        var governor = start > 1 && T[start - 1].Norm == "the" && _a.Pack.Lexicon.Has("not_subject_after_the", T[start - 2]) ? start - 2 : start - 1;
        if (e.Slot == 'S' && governor >= 0 && _a.Pack.Lexicon.Has("not_subject_after", T[governor]) && !(m.End < T.Count && (T[m.End].Norm is "'s" or "who" or "which" or "that" || T[m.End].Is(',') || (T[m.End].Is('-') && m.End + 1 < T.Count && CurrentRule.VerbForms.Contains(T[m.End + 1].Norm)))))
        {
            // "Police in Nairobi fired …": the place modifies the subject before it.
            if (T[governor].Norm == "in" && list.Count == 1 && list[0].Type is EntityType.Location or EntityType.Country
                && _s.EndAt(governor) is { IsArgument: true } owner && owner.Type is EntityType.Group or EntityType.Organization && Resolution.Fit(owner, types, place, false) is { } actor)
            {
                list = [actor];
                start = owner.Start;
                b.First = Math.Min(b.First, start);
                return true;
            }

            return false;
        }

        // "rebels fighting to topple Assad also urged…": the object of an infinitive is no subject ("a reaction to what
        // he called…" is a relative pronoun after a preposition, not an infinitive).
        if (e.Slot == 'S' && start > 1 && T[start - 2].Norm == "to" && T[start - 1].Kind == TokenKind.Word && _a.Article.Text[T[start - 1].Start] is >= 'a' and <= 'z'
            && !_a.Pack.Lexicon.Has("determiners", T[start - 1]) && !_a.Pack.Lexicon.Has("not_subject_after", T[start - 1])
            && T[start - 1].Norm is not ("what" or "whatever" or "which" or "who" or "whom" or "whose" or "whoever" or "where" or "when" or "how" or "whether" or "why"))
        {
            return false;
        }

        // "settlements near Aleppo have been besieged by militants": the surface subject of a passive is the noun the
        // place modifies, not the place (English only: the lexicon set exists only there).
        if (e.Slot == 'O' && start > 0 && T[start - 1].Norm is "near" or "outside" or "around")
        {
            return false;
        }

        b.First = Math.Min(b.First, start);
        return list.Count > 0;
    }

    /// <summary>
    /// The comma that opens an apposition or relative clause ending at <paramref name="pos"/>: "Scholz, who arrives
    /// in Washington on Thursday, will meet Biden", "Poland, one of Ukraine's staunchest allies, has sent tanks". The
    /// clause must start with a word of lexicon set parenthetical_openers and follow a name; the subject is that name.
    /// </summary>
    private int? ParentheticalBefore(int pos)
    {
        if (pos < 3 || !T[pos - 1].Is(',') || !_a.Pack.Lexicon.Words.ContainsKey("parenthetical_openers"))
        {
            return null;
        }

        for (var c = pos - 2; c > 0 && c >= pos - 25; c--)
        {
            var t = T[c];
            if (t.Is('.') || t.Is(';') || t.Is(':') || t.Is('?'))
            {
                return null;
            }

            if (t.Is(','))
            {
                return _a.Pack.Lexicon.Has("parenthetical_openers", T[c + 1]) && _s.EndAt(c) is not null ? c : null;
            }
        }

        return null;
    }

    /// <summary>A slot filler followed by a possessive ending ("contacted Trump's transition team") names the
    /// possessor, not the argument, unless the pattern itself goes on with the possessive.</summary>
    private bool Possessor(List<PatternElement> els, int slot, int next) =>
        next < T.Count && T[next].Norm == "'s" && !(slot + 1 < els.Count && els[slot + 1].Words.Contains("'s"));

    /// <summary>The conjunct before <paramref name="m"/>: joined by the proclitic و, or by a conjunction word (English
    /// "Germany and France"); a bare comma joins only in a list that a conjunction word closes ("A, B and C"), so
    /// "In Washington, Kushner" stays one subject.</summary>
    private Mention? PreviousConjunct(Mention m, int start, ref bool sawWord)
    {
        if (m.Prefix.StartsWith('و'))
        {
            return _s.EndAt(start);
        }

        var p = start;
        if (p - 1 >= 0 && _a.Pack.Lexicon.Has("coordination_skip", T[p - 1]))
        {
            p--;
        }

        if (p - 1 >= 0 && _a.Pack.Lexicon.Has("coordinators", T[p - 1]))
        {
            p--;
            sawWord = true;

            // ", and" after a name usually joins clauses ("… Malaysia, and Kushner spoke with"), not subjects.
            if (p - 1 >= 0 && T[p - 1].Is(','))
            {
                return null;
            }
        }
        else if (sawWord && p - 1 >= 0 && (T[p - 1].Is(',') || T[p - 1].Is('،')))
        {
            p--;
        }
        else
        {
            return null;
        }

        return _s.EndAt(p);
    }

    private static void AddAll(List<Entity> list, Mention m, EntityType[] types, bool place, bool demonymOk)
    {
        if (m.Entities.Count > 1)
        {
            list.AddRange(m.Entities.Where(x => Array.IndexOf(types, x.Type) >= 0 && !list.Contains(x)));
            return;
        }

        var f = Resolution.Fit(m, types, place, demonymOk);
        if (f is not null && !list.Contains(f))
        {
            list.Add(f);
        }
    }

    private RelationRule CurrentRule { get; set; } = null!;

    private bool LiteralAt(PatternElement e, int pos, out bool clitic)
    {
        clitic = false;
        var t = T[pos];
        if (_a.Pack.Lexicon.Has(_literalWords, _s, pos))
        {
            // Gaps test a literal at every position they cross; one bit rules out words no pattern names.
            foreach (var r in t.Readings)
            {
                if (e.Words.Contains(r.Stem))
                {
                    return true;
                }
            }
        }

        // A one-letter preposition written on the next mention (بكازاخستان، لروسيا).
        if (e.Max == 1 && _s.StartAt(pos) is { } m)
        {
            foreach (var w in e.Words)
            {
                if (w.Length == 1 && m.Prefix.Contains(w, StringComparison.Ordinal))
                {
                    clitic = true;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"U.S.-based cleric Fethullah Gulen", "Iran-backed militias": a name before a hyphenated participle
    /// modifies the noun after it and is not the argument (lexicon set compound_modifier_heads).</summary>
    private bool CompoundModifier(Mention m) =>
        m.End + 1 < T.Count && T[m.End].Is('-') && _a.Pack.Lexicon.Has("compound_modifier_heads", T[m.End + 1]);

    /// <summary>A written subject is not followed straight by a coordinator: in "…attack NATO, and accused Europe" NATO
    /// is the object of the first verb, not the subject of the second; "Tehran did not want … but would punish" keeps
    /// its subject (lexicon set subject_gap_stop).</summary>
    private bool SubjectGapStop(List<PatternElement> els, int gap, int start, int end)
    {
        // Optional words between the subject and the gap ("S ','? 'who|which'? ~2 V") may be empty.
        var before = gap - 1;
        while (before >= 0 && els[before] is { Kind: ElementKind.Literal, Optional: true })
        {
            before--;
        }

        if (before < 0 || els[before] is not { Kind: ElementKind.Slot, Slot: 'S', Implicit: false } || start >= end)
        {
            return false;
        }

        var q = T[start].Is(',') && start + 1 < end ? start + 1 : start;
        return _a.Pack.Lexicon.Has("subject_gap_stop", T[q]);
    }

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punct && t.Norm is "«" or "»" or "\"" or "“" or "”" or "'";

    private bool Gapable(int pos, bool crossMentions)
    {
        if (pos < 0 || pos >= T.Count)
        {
            return false;
        }

        var t = T[pos];
        if (t.Kind == TokenKind.Punct && (t.Is('.') || t.Is(':') || t.Is('؛') || t.Is(';') || t.Is('?') || t.Is('؟')))
        {
            return false;
        }

        var m = _s.CoverAt(pos);
        return m is null || m.Kind == MentionKind.Demonym || crossMentions;
    }

    /// <summary>How many free words a gap may hold beyond its width.</summary>
    private const int FreeGapExtra = 3;

    /// <summary>Auxiliaries, modals and the infinitive marker do not count toward a gap's width ("Iran is expected to
    /// supply", "Wang Yi is scheduled to visit"): lexicon set gap_free.</summary>
    private bool GapFree(int pos) => pos >= 0 && pos < T.Count && _a.Pack.Lexicon.HasWhole("gap_free", T[pos]);

    private int SkipKullMin(int pos)
    {
        // «كل من X وY»: "each of" before a coordinated slot.
        if (pos + 1 < T.Count && T[pos].Readings.Any(r => r.Stem == "كل") && T[pos + 1].Norm == "من")
        {
            return pos + 2;
        }

        return pos;
    }

    private static void Set(Binding b, char slot, List<Entity>? list)
    {
        if (slot == 'S')
        {
            b.Subjects = list;
        }
        else
        {
            b.Objects = list;
        }
    }

    private static void SetContext(Binding b, char slot, bool on)
    {
        if (slot == 'S')
        {
            b.SubjectFromContext = on;
        }
        else
        {
            b.ObjectFromContext = on;
        }
    }

    private static void SetSuffix(Binding b, char slot, bool on)
    {
        if (slot == 'S')
        {
            b.SubjectFromSuffix = on;
        }
        else
        {
            b.ObjectFromSuffix = on;
        }
    }

    /// <summary>
    /// The weapon named in or just after the matched span: the lexicon's <c>weapon_&lt;name&gt;</c> word lists
    /// (weapon_missile: صاروخ، صواريخ…) give the English qualifier value, underscores read as spaces. The first
    /// weapon word wins; the search stops at the sentence end and a few words past the span, because agency copy
    /// puts the instrument after the target («استهدفت غزة بصواريخ»).
    /// </summary>
    private string? Weapon(int first, int last)
    {
        var end = Math.Min(_s.Tokens.Count - 1, last + 6);
        for (var i = Math.Max(0, first); i <= end; i++)
        {
            if (WeaponAt(i) is not { } weapon)
            {
                continue;
            }

            // A modifier names the weapon more exactly: «قذائف هاون» mortar, «عبوة ناسفة» IED.
            return (i < end ? WeaponAt(i + 1) : null) ?? weapon;
        }

        return null;
    }

    private string? WeaponAt(int i)
    {
        // One bit rules out the words of no weapon list before the lists are walked (a walk per token of the span).
        if (!_a.Pack.Lexicon.Has(LanguagePack.WeaponWords, _s.Tokens[i]))
        {
            return null;
        }

        foreach (var (set, words) in _a.Pack.Lexicon.Words)
        {
            if (set.StartsWith(LanguagePack.WeaponListPrefix, StringComparison.Ordinal) && _s.Tokens[i].Readings.Any(r => words.Contains(r.Stem)))
            {
                return set[LanguagePack.WeaponListPrefix.Length..].Replace('_', ' ');
            }
        }

        return null;
    }
}
