using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Decides the status of a matched statement from the words around its trigger: negation particles right before it
/// (لم، لن، لا، ليس، عدم) → negated; the future prefix سـ, سوف, or a cue of intention/expectation (تعتزم، من المقرر،
/// يترقب، مستعدة، المقبل) → planned; a speech verb with a complementiser (قال … إن، أعلن أن، ذكر أن) or an attribution
/// (وفق رواية، بحسب، نقلا عن) whose speaker is a third party → reported; and a denial verb (نفى، نفت) by another
/// party after the claim → disputed. Also reads the time qualifier.
/// </summary>
internal sealed class Claims
{
    private readonly ArticleState _a;
    private readonly SentenceState _s;
    private readonly Lexicon _lex;

    public Claims(ArticleState article, SentenceState sentence)
    {
        _a = article;
        _s = sentence;
        _lex = article.Pack.Lexicon;
    }

    private List<Token> T => _s.Tokens;

    public Claim Analyse(RelationRule rule, int trigger, Reading reading, int first, int last, Entity subject)
    {
        var q = new Dictionary<string, string>(StringComparer.Ordinal);
        if (TimeResolver.Find(_a, _s, trigger) is { } time)
        {
            q["time"] = time;
        }

        if (rule.FixedStatus is { } fixedStatus)
        {
            // A rule that reads a claim («بسبب ممارساتها في دعم…», the reason a state gives for its act) credits the
            // subject of the sentence's statement before it.
            return new Claim(fixedStatus, fixedStatus == StatementStatus.Reported ? _s.LastSubject : null, null, q);
        }

        // Negation: a particle right before the trigger (one adverb may intervene).
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 2); k--)
        {
            if (_lex.Has("negation", T[k]))
            {
                return new Claim(StatementStatus.Negated, null, null, q);
            }
        }

        // Self-denial: «نفت روسيا أنها قصفت…» — the denial verb right before the clause's own subject negates it.
        for (var k = first - 1; k >= Math.Max(0, first - 2); k--)
        {
            if (_lex.Has("deny", T[k]))
            {
                return new Claim(StatementStatus.Negated, null, null, q);
            }
        }

        var (speaker, speakerAt) = Speaker(trigger, first);
        var denier = Denier(last, speaker ?? subject);
        if (denier is not null)
        {
            var attributed = speaker ?? SentenceSpeaker() ?? subject;
            return new Claim(StatementStatus.Disputed, attributed, denier, q);
        }

        var future = reading.Prefix.Contains('س', StringComparison.Ordinal) && reading.Stem.Length >= 3 && reading.Stem[0] is 'ي' or 'ت' or 'ن' or 'ا';
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 8) && !future; k--)
        {
            future = _lex.Has("future", T[k]) || _lex.Has("planned", T[k]);
        }

        // «زيارة جون كيري يوم 14 أغسطس (آب) المقبل»: a date between the event and المقبل does not count against the window.
        var window = last + 4;
        for (var k = trigger + 1; k < Math.Min(T.Count, window) && !future; k++)
        {
            future = _lex.Has("planned_after", T[k]);
            if (IsDatePart(T[k]))
            {
                window++;
            }
        }

        // An event noun (زيارة، قمة، محادثات) is still to come when it is announced («أعلنت روسيا عن زيارة لافروف») or
        // dated after the article; a verb's tense already says when it happened, so this reading is for nouns only.
        var noun = rule.NounForms.Contains(reading.Stem) && !rule.VerbForms.Contains(reading.Stem);
        future |= noun && !Completed(trigger, last) && (Announced(trigger) || (q.TryGetValue("time", out var when) && AfterArticleDate(when)));

        if (future)
        {
            // Planned events are dated forward: «سيزور … يوم الخميس» is the coming Thursday.
            if (TimeResolver.Find(_a, _s, trigger, forward: true) is { } ahead)
            {
                q["time"] = ahead;
            }

            return new Claim(StatementStatus.Planned, speaker is not null && !_a.SameSide(speaker, subject) ? speaker : null, null, q);
        }

        if (speaker is not null && !_a.SameSide(speaker, subject) && speakerAt < first)
        {
            return new Claim(StatementStatus.Reported, speaker, null, q);
        }

        // Wire copy puts the source after the claim: "…, the ministry said." / "…, according to diplomats."
        if (speaker is null && TrailingSource(last) is { } tail && (tail.Source is null || !_a.SameSide(tail.Source, subject)))
        {
            return new Claim(StatementStatus.Reported, tail.Source, null, q);
        }

        return new Claim(StatementStatus.Asserted, null, null, q);
    }

    /// <summary>
    /// A source named after the clause and set off by a comma: "…, Ukraine's interior ministry said on Monday",
    /// "…, said the official", "…, state media reported", "…, according to diplomats familiar with the talks". The
    /// speech verb must close the sentence (only a time or manner phrase may follow), so "…, and Kyiv said it would
    /// respond" is a new clause, not a source. The source may be no known entity ("state media"): then the claim is
    /// still reported, by nobody the graph knows. Lexicon option trailing-source turns this on.
    /// </summary>
    private (Entity? Source, int At)? TrailingSource(int last)
    {
        if (!_lex.Set("options").Contains("trailing-source"))
        {
            return null;
        }

        EntityType[] actors = [EntityType.Person, EntityType.Country, EntityType.Organization, EntityType.MediaOutlet, EntityType.Group];
        var comma = -1;
        for (var k = last + 1; k < T.Count; k++)
        {
            var t = T[k];
            if (t.Is(',') || t.Is('-') || t.Is('–'))
            {
                comma = k;
                continue;
            }

            if (comma < 0 || t.Kind != TokenKind.Word)
            {
                continue;
            }

            // ", and Germany said it would respond": a coordinated clause, not a source.
            if (k == comma + 1 && _lex.Has("coordinators", t))
            {
                return null;
            }

            if (_lex.Has("attribution", t))
            {
                for (var j = k + 1; j < Math.Min(T.Count, k + 5); j++)
                {
                    if (_s.StartAt(j) is { IsArgument: true } m)
                    {
                        return (Resolution.Fit(m, actors, false), k);
                    }
                }

                return (null, k);
            }

            if (_lex.Has("speech", t) && ClosesSentence(k + 1))
            {
                // "…, the ministry said" names the source before the verb; "…, said the ministry" after it.
                if (_s.EndAt(k) is { IsArgument: true } before)
                {
                    return (Resolution.Fit(before, actors, false), k);
                }

                for (var j = k + 1; j < Math.Min(T.Count, k + 4); j++)
                {
                    if (_s.StartAt(j) is { IsArgument: true } after)
                    {
                        return (Resolution.Fit(after, actors, false), k);
                    }
                }

                // Only a short noun phrase between the comma and the verb ("officials said", "state media reported").
                return k - comma <= 6 ? (null, k) : null;
            }
        }

        return null;
    }

    /// <summary>Nothing but a time or manner phrase ("on Monday", "in a statement") follows position k.</summary>
    private bool ClosesSentence(int k)
    {
        for (var j = k; j < T.Count; j++)
        {
            if (_lex.Has("complementiser", T[j]) || _lex.Has("future", T[j]) || _a.Pack.TriggersOf(T[j].Norm) is not null)
            {
                return false;
            }

            // "…, said the official, who spoke on condition of anonymity": a relative clause about the source.
            if (T[j].Is('.') || T[j].Is(';') || T[j].Norm is "who" or "which")
            {
                return true;
            }
        }

        return true;
    }

    private bool IsDatePart(Token t) =>
        t.Kind == TokenKind.Number || t.Is('(') || t.Is(')') || _lex.Has("time_words", t)
        || TimeResolver.Month(_lex, t) is not null;

    /// <summary>«أعلنت روسيا عن زيارة …»، «كشف البيت الأبيض عن قمة …»: an announcement verb, its subject, then عن right
    /// before the event noun.</summary>
    private bool Announced(int trigger)
    {
        if (trigger < 2 || !T[trigger - 1].Readings.Any(r => r.Stem == "عن"))
        {
            return false;
        }

        for (var k = trigger - 2; k >= Math.Max(0, trigger - 6); k--)
        {
            if (T[k].Kind == TokenKind.Punct && !T[k].Is('،') && !T[k].Is(','))
            {
                return false;
            }

            if (_lex.Has("announce", T[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«زيارة قام بها»، «القمة التي عقدت»: a relative clause in the past tense reports the event as done.</summary>
    private bool Completed(int trigger, int last)
    {
        for (var k = trigger + 1; k < Math.Min(T.Count, last + 4); k++)
        {
            if (_lex.Has("completed", T[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an ISO time qualifier (year, month or day) lies after the article's date.</summary>
    private bool AfterArticleDate(string time)
    {
        var date = _a.Article.Date;
        if (date is null || date.Length < 10 || time.Length is not (4 or 7 or 10))
        {
            return false;
        }

        return string.CompareOrdinal(time, date[..time.Length]) > 0;
    }

    /// <summary>The source a clause is attributed to: «بحسب X»، «وفق رواية X»، or «قال X إن» before it.</summary>
    private (Entity? Speaker, int At) Speaker(int trigger, int first)
    {
        var sawComplementiser = false;
        var zeroComplementiser = _lex.Set("options").Contains("zero-complementiser");
        for (var k = Math.Min(trigger, first) - 1; k >= 0; k--)
        {
            var t = T[k];
            if (_lex.Has("complementiser", t))
            {
                sawComplementiser = true;
                continue;
            }

            if (_lex.Has("attribution", t))
            {
                // The source follows the attribution word (وفق رواية بلاغوي).
                for (var j = k + 1; j < Math.Min(T.Count, k + 4); j++)
                {
                    if (_s.StartAt(j) is { IsArgument: true } m && Resolution.Fit(m, [EntityType.Person, EntityType.Country, EntityType.Organization, EntityType.MediaOutlet, EntityType.Group], false) is { } e)
                    {
                        return (e, k);
                    }
                }
            }

            // English drops "that" after speech verbs ("Kerry said many were leaning…"): option zero-complementiser.
            if ((sawComplementiser || zeroComplementiser) && _lex.Has("speech", t))
            {
                return (SpeechSubject(k), k);
            }
        }

        return (null, -1);
    }

    private Entity? SpeechSubject(int verb)
    {
        EntityType[] actors = [EntityType.Person, EntityType.Country, EntityType.Organization, EntityType.MediaOutlet, EntityType.Group];

        // SVO languages name the speaker before the verb ("Kerry said", "Kerry told reporters"): option speaker-before-verb.
        if (_lex.Set("options").Contains("speaker-before-verb") && _s.EndAt(verb) is { IsArgument: true } subject && Resolution.Fit(subject, actors, false) is { } speaker)
        {
            return speaker;
        }

        // "Sudan's army accused …", "Ukraine's foreign ministry said …": the possessor speaks for its body.
        if (_lex.Set("options").Contains("speaker-before-verb") && verb >= 3 && T[verb - 2].Norm == "'s" && _s.CoverAt(verb - 1) is null
            && _s.EndAt(verb - 2) is { IsArgument: true } owner && Resolution.Fit(owner, actors, false) is { } body)
        {
            return body;
        }

        for (var j = verb + 1; j < Math.Min(T.Count, verb + 4); j++)
        {
            if (_s.StartAt(j) is { IsArgument: true } m)
            {
                return Resolution.Fit(m, actors, false);
            }
        }

        if (_s.EndAt(verb) is { IsArgument: true } before)
        {
            return Resolution.Fit(before, actors, false);
        }

        return _s.LastSubject ?? _a.Topic;
    }

    private Entity? SentenceSpeaker()
    {
        for (var k = 0; k < T.Count; k++)
        {
            if (_lex.Has("speech", T[k]))
            {
                return SpeechSubject(k);
            }
        }

        return null;
    }

    /// <summary>A denial right after the claim (وهو ما نفته ألمانيا) by a party other than the claimant.</summary>
    private Entity? Denier(int last, Entity claimant)
    {
        for (var k = last + 1; k < Math.Min(T.Count, last + 8); k++)
        {
            // "…, a claim Israel denied": the noun that takes up the claim is no new clause.
            if (k > last + 1 && _a.Pack.TriggersOf(T[k].Norm) is not null && !_lex.HasWhole("claim_nouns", T[k]))
            {
                return null;
            }

            if (_lex.Has("deny", T[k]))
            {
                var who = SpeechSubject(k);
                return who is not null && who.Id != claimant.Id ? who : null;
            }
        }

        return null;
    }
}
