using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Extraction.Knowledge;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Entity recognition for one sentence, in a fixed order: knowledge-base names (longest match over clitic readings),
/// names learnt earlier in the article, organisations and outlets after their head nouns and in «…» quotes, government
/// bodies (وزارة الخارجية + demonym), described people (دبلوماسيا بريطانيا), then people after titles, which also
/// yields the title's LEADS / WORKS_FOR facts.
/// </summary>
internal sealed class Recognizer
{
    private readonly ArticleState _a;
    private readonly SentenceState _s;
    private readonly Lexicon _lex;
    private readonly Gazetteer _gaz;

    public Recognizer(ArticleState article, SentenceState sentence)
    {
        _a = article;
        _s = sentence;
        _lex = article.Pack.Lexicon;
        _gaz = article.Kb.GazetteerFor(article.Pack.Language);
    }

    private IReadOnlyList<Token> T => _s.Tokens;

    public void Run()
    {
        Gazetteer();
        OrganisationHeads();
        Ministries();
        DescribedPeople();
        StateNouns();
        Titles();
        KbFactsInside();
        Governments();
    }

    /// <summary>«السلطات التركية»، «الحكومة السورية»: the state itself, acting through its government.</summary>
    private void StateNouns()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || !_lex.Has("state_nouns", T[i]) || _s.StartAt(i + 1) is not { IsAdjective: true } adj || adj.AdjectiveEntity.Type != EntityType.Country)
            {
                continue;
            }

            var prefix = T[i].Readings.FirstOrDefault(r => _lex.Set("state_nouns").Contains(r.Stem)).Prefix ?? string.Empty;
            _s.Add(new Mention(i, adj.End, adj.AdjectiveEntity, MentionKind.Name, "ar.ner.state") { Prefix = prefix }, replace: true);
        }
    }

    /// <summary>
    /// Facts a KB name states by itself: «مجلس الأمن التابع للأمم المتحدة» (PART_OF), «وزارة الخارجية الألمانية»
    /// (PART_OF), «العاهل الأردني الملك عبدالله الثاني» (LEADS) – the KB relation is emitted when the mention's own words
    /// name its target.
    /// </summary>
    private void KbFactsInside()
    {
        foreach (var m in _s.Ordered().ToList())
        {
            if (m.Kind != MentionKind.Name || m.Source != "kb" || m.End - m.Start < 2 || _a.Kb.Get(m.Entity.Id) is not { } entry)
            {
                continue;
            }

            void Check(string? target, Predicate p, string rule, string? role)
            {
                if (_a.Kb.Get(target) is { } t && Names(m, t))
                {
                    var f = new Fact(m.Entity, p, _a.Canonical(t.Entity), rule, m.Start, m.End - 1);
                    if (role is not null)
                    {
                        f.Qualifiers["role"] = role;
                    }

                    AddFact(f);
                }
            }

            Check(entry.PartOf, Predicate.PartOf, "ar.kb.part_of_named", null);
            if (entry.Type is EntityType.Organization or EntityType.MediaOutlet)
            {
                Check(entry.BasedIn, Predicate.BasedIn, "ar.kb.based_in_named", null);
            }

            Check(entry.CapitalOf, Predicate.CapitalOf, "ar.kb.capital_of_named", null);
            foreach (var office in entry.Offices)
            {
                var leads = _lex.Set("leading_roles").Contains(office.Role);
                Check(office.Of, leads ? Predicate.Leads : Predicate.WorksFor, "ar.kb.office_named", office.Role);
            }
        }
    }

    private bool Names(Mention m, KbEntry target)
    {
        var key = string.Join(' ', Enumerable.Range(m.Start + 1, m.End - m.Start - 1).Select(i => T[i].Norm));
        var lang = _a.Pack.Language;
        var names = new List<string>();
        if (target.Labels.TryGetValue(lang, out var l))
        {
            names.Add(l);
        }

        if (target.Aliases.TryGetValue(lang, out var al))
        {
            names.AddRange(al);
        }

        foreach (var n in names)
        {
            var k = _gaz.KeyOf(n);
            if (k.Length > 0 && (" " + key + " ").Contains(" " + k + " ", StringComparison.Ordinal))
            {
                return true;
            }

            // «للأمم المتحدة»: the target's first word may carry a preposition.
            if (k.Length > 2 && k.StartsWith("ال", StringComparison.Ordinal) && key.Contains("لل" + k[2..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = m.Start + 1; i < m.End; i++)
        {
            foreach (var r in T[i].Readings)
            {
                if (_gaz.Lookup(r.Stem) is { } hits && hits.Exists(h => h.Entry.Id == target.Id && h.Kind == NameKind.Demonym))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>«حكومة كير ستارمر»، «إدارة ترامب»: the government or administration of a named leader.</summary>
    private void Governments()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || !_lex.Has("governments", T[i]))
            {
                continue;
            }

            var j = _s.TitleJump.TryGetValue(i + 1, out var jump) ? jump : i + 1;
            if (_s.StartAt(j) is not { Type: EntityType.Person, Kind: MentionKind.Name } leader)
            {
                continue;
            }

            var kind = T[i].Readings.Any(r => r.Stem is "حكومه" or "الحكومه") ? "government" : "administration";
            var surname = leader.Entity.Name.Split(' ')[^1];
            var name = kind == "government" ? $"{leader.Entity.Name}'s government" : $"{surname} administration";
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = Surface(i, leader.End) };
            var e = _a.Canonical(new Entity("org:" + Romanizer.Slug(name), name, EntityType.Organization, labels));
            var prefix = T[i].Readings.FirstOrDefault(r => _lex.Set("governments").Contains(r.Stem)).Prefix ?? string.Empty;
            _s.Add(new Mention(i, leader.End, e, MentionKind.Name, "ar.ner.government") { Prefix = prefix }, replace: true);
        }
    }

    // ---------------------------------------------------------------- gazetteer
    private void Gazetteer()
    {
        var i = 0;
        while (i < T.Count)
        {
            var best = BestMatch(i);
            if (best is null)
            {
                i++;
                continue;
            }

            var (end, prefix, hits, learnt) = best.Value;
            var m = learnt is not null
                ? new Mention(i, end, _a.Canonical(learnt), MentionKind.Name, "article") { Prefix = prefix }
                : FromHits(i, end, prefix, hits!);
            if (m is not null)
            {
                _s.Add(m, replace: false);
            }

            i = end;
        }
    }

    private (int End, string Prefix, List<GazetteerHit>? Hits, Entity? Learnt)? BestMatch(int i)
    {
        if (T[i].Kind == TokenKind.Punct)
        {
            return null;
        }

        (int End, string Prefix, List<GazetteerHit>? Hits, Entity? Learnt)? best = null;
        var max = Math.Min(T.Count - i, Math.Max(_gaz.MaxTokens, 6));
        foreach (var r in T[i].Readings)
        {
            if (r.Suffix.Length > 0)
            {
                continue;
            }

            var key = r.Stem;
            for (var len = 1; len <= max; len++)
            {
                if (len > 1)
                {
                    key = key + " " + T[i + len - 1].Norm;
                }

                if (best is not null && len <= best.Value.End - i)
                {
                    continue;
                }

                if (_a.LearntNames.TryGetValue(key, out var learnt))
                {
                    best = (i + len, r.Prefix, null, learnt);
                }
                else if (len == 1 && (_a.Pack.KnownWords.Contains(key) || _a.Pack.KnownWords.Contains(T[i].Norm) || CliticBeforeHamza(i)))
                {
                    // A one-word name that is also a common word (كان، بان، أمل) is read as the word.
                    continue;
                }
                else if (_gaz.Lookup(key) is { } hits && !(len == 1 && IsBareTitleWord(i, hits)))
                {
                    best = (i + len, r.Prefix, hits, null);
                }
            }
        }

        return best;
    }

    /// <summary>«بأول» is ب + أول, not the name «باول»: the written hamza after a one-letter proclitic shows the word
    /// boundary that the normaliser folds away.</summary>
    private bool CliticBeforeHamza(int i)
    {
        var t = T[i];
        var surface = _a.Article.Text.AsSpan(t.Start, t.End - t.Start);
        return surface.Length > 2 && surface[0] is 'ب' or 'ل' or 'ك' or 'ف' && surface[1] is 'أ' or 'إ'
            && t.Readings.Any(r => r.Prefix.Length == 1 && _a.Pack.KnownWords.Contains(r.Stem));
    }

    /// <summary>A one-word outlet name that is also a noun (الحدث، الحياة، الجزيرة) names the outlet only after its head
    /// noun or inside quotes.</summary>
    private bool IsBareTitleWord(int i, List<GazetteerHit> hits)
    {
        if (!hits.TrueForAll(h => h.Entry.Type == EntityType.MediaOutlet) || !T[i].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        return !(i > 0 && (T[i - 1].Is('«') || T[i - 1].Is('"') || _lex.OrgHeads.Exists(h => h.Sequences.Exists(seq => seq[^1] == T[i - 1].Norm || T[i - 1].Readings.Any(r => r.Stem == seq[^1])))));
    }

    private Mention? FromHits(int start, int end, string prefix, List<GazetteerHit> hits)
    {
        // A name that is also a generated demonym form: an organisation alias («القطرية» of Qatar Airways) reads as the
        // adjective; a country name («السعودية») stays the country but keeps its adjective reading.
        var demonymHit = hits.Find(h => h.Kind == NameKind.Demonym && h.Entry.Type == EntityType.Country);
        var name = hits.FirstOrDefault(h => h.Kind == NameKind.Name && (demonymHit is null || h.Entry.Type is EntityType.Country or EntityType.Location or EntityType.Person));
        var metonym = hits.FirstOrDefault(h => h.Kind == NameKind.Metonym);
        if (name is not null)
        {
            var entity = _a.Canonical(name.Entry.Entity);
            Entity? state = metonym is not null ? _a.Canonical(metonym.Entry.Entity) : null;
            if (state is null && name.Entry.Type == EntityType.Location && name.Entry.CapitalOf is { } cap
                && _a.Kb.Get(cap) is { } country && country.Metonyms.Count > 0
                && country.Metonyms.Values.Any(ms => ms.Any(x => _gaz.KeyOf(x) == _gaz.KeyOf(name.Entry.Labels.GetValueOrDefault(_a.Pack.Language) ?? string.Empty))))
            {
                state = _a.Canonical(country.Entity);
            }

            return new Mention(start, end, entity, state is not null ? MentionKind.Metonym : MentionKind.Name, "kb")
            {
                Prefix = prefix,
                State = state,
                AdjectiveOf = demonymHit is not null ? _a.Canonical(demonymHit.Entry.Entity) : null,
            };
        }

        if (metonym is not null)
        {
            var c = _a.Canonical(metonym.Entry.Entity);
            return new Mention(start, end, c, MentionKind.Metonym, "kb") { Prefix = prefix, State = c };
        }

        var plural = hits.FirstOrDefault(h => h.Kind == NameKind.DemonymPlural);
        if (plural is not null)
        {
            return new Mention(start, end, _a.Canonical(plural.Entry.Entity), MentionKind.DemonymPlural, "kb") { Prefix = prefix };
        }

        var dem = hits[0];
        return new Mention(start, end, _a.Canonical(dem.Entry.Entity), MentionKind.Demonym, "kb") { Prefix = prefix };
    }

    // ---------------------------------------------------------------- organisations and outlets
    private void OrganisationHeads()
    {
        for (var i = 0; i < T.Count; i++)
        {
            foreach (var head in _lex.OrgHeads)
            {
                var hEnd = MatchSeq(i, head.Sequences, out var prefix, out _);
                if (hEnd < 0)
                {
                    continue;
                }

                // Head, then up to five modifiers (adjectives, a demonym), then «name».
                var j = hEnd;
                Mention? demonymBefore = null;
                while (j < T.Count && j - hEnd < 6 && !T[j].Is('«') && T[j].Kind == TokenKind.Word)
                {
                    if (_s.CoverAt(j) is { IsAdjective: true } d)
                    {
                        demonymBefore = d;
                        j = d.End;
                        continue;
                    }

                    if (_s.CoverAt(j) is not null || _a.Pack.TriggersOf(T[j].Norm) is not null)
                    {
                        break;
                    }

                    j++;
                }

                Entity? entity = null;
                int end;
                if (j < T.Count && T[j].Is('«'))
                {
                    var close = j + 1;
                    while (close < T.Count && !T[close].Is('»') && close - j < 8)
                    {
                        close++;
                    }

                    if (close >= T.Count || !T[close].Is('»') || close == j + 1)
                    {
                        continue;
                    }

                    var inner = _s.StartAt(j + 1);
                    if (inner is not null && inner.End == close && inner.Kind == MentionKind.Name && inner.Type is EntityType.Organization or EntityType.MediaOutlet or EntityType.Group)
                    {
                        entity = inner.Entity;
                    }
                    else
                    {
                        entity = NewEntity(head.Type, j + 1, close);
                    }

                    end = close + 1;
                }
                else if (j == hEnd && _s.StartAt(hEnd) is { IsArgument: true } known && known.Type is EntityType.Organization or EntityType.MediaOutlet or EntityType.Group)
                {
                    entity = known.Entity;
                    end = known.End;
                }
                else
                {
                    continue;
                }

                var m = new Mention(i, end, entity, MentionKind.Name, "ar.ner.org_head") { Prefix = prefix };
                if (!_s.Add(m, replace: true))
                {
                    continue;
                }

                // A demonym before the name or right after it (skipping الرسمية، العامة…) is where it is based.
                var country = demonymBefore?.AdjectiveEntity;
                var k = end;
                while (k < T.Count && _lex.Has("org_modifiers", T[k]))
                {
                    k++;
                }

                if (country is null && _s.StartAt(k) is { IsAdjective: true } after)
                {
                    country = after.AdjectiveEntity;
                    m.End = after.End;
                    _s.Remove(after);
                    _s.Remove(m);
                    _s.Add(m, replace: true);
                }

                if (country is not null && entity.Type is EntityType.Organization or EntityType.MediaOutlet && country.Type is EntityType.Country or EntityType.Location)
                {
                    AddFact(new Fact(entity, Predicate.BasedIn, country, "ar.ner.org_demonym.based_in", i, m.End - 1));
                }

                i = m.End - 1;
                break;
            }
        }

        // KB organisations and outlets followed by a demonym adjective: شركة «روساتوم» الروسية handled above; here
        // «وكالة أنباء نوفوستي الروسية» and any KB outlet written with its nationality.
        foreach (var m in _s.Ordered().ToList())
        {
            if (m.Kind != MentionKind.Name || m.Type is not (EntityType.Organization or EntityType.MediaOutlet))
            {
                continue;
            }

            var k = m.End;
            while (k < T.Count && _lex.Has("org_modifiers", T[k]))
            {
                k++;
            }

            var entry = _a.Kb.Get(m.Entity.Id);
            if (_s.StartAt(k) is { IsAdjective: true } dem && dem.AdjectiveEntity.Type is EntityType.Country)
            {
                AddFact(new Fact(m.Entity, Predicate.BasedIn, dem.AdjectiveEntity, "ar.ner.org_demonym.based_in", m.Start, dem.End - 1));
            }
            else if ((m.Type == EntityType.MediaOutlet || entry is { PartOf: null }) && DemonymInside(m) is { } inside)
            {
                AddFact(new Fact(m.Entity, Predicate.BasedIn, inside, "ar.ner.org_name_nationality.based_in", m.Start, m.End - 1));
            }
            else if (entry?.BasedIn is { } b && _a.Kb.Get(b) is { } home && NamesCountryInside(m, home))
            {
                AddFact(new Fact(m.Entity, Predicate.BasedIn, _a.Canonical(home.Entity), "ar.ner.org_name_nationality.based_in", m.Start, m.End - 1));
            }
        }
    }

    /// <summary>A nationality adjective inside an organisation's name (وكالة الأنباء السعودية، المجموعة … الألمانية).</summary>
    private Entity? DemonymInside(Mention m)
    {
        for (var i = m.Start + 1; i < m.End; i++)
        {
            if (_gaz.Lookup(T[i].Norm) is { } hits && hits.Find(h => h.Kind == NameKind.Demonym && h.Entry.Type == EntityType.Country) is { } d)
            {
                return _a.Canonical(d.Entry.Entity);
            }
        }

        return null;
    }

    private bool NamesCountryInside(Mention m, KbEntry home)
    {
        for (var i = m.Start; i < m.End; i++)
        {
            foreach (var r in T[i].Readings)
            {
                if (_gaz.Lookup(r.Stem) is { } hits && hits.Any(h => h.Entry.Id == home.Id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- government bodies
    private void Ministries()
    {
        for (var i = 0; i < T.Count; i++)
        {
            var start = i;
            var j = i;
            var prefix = string.Empty;
            if (_lex.MinistryHeads.Contains(Stem(j, out prefix)))
            {
                j++;
            }

            if (j >= T.Count)
            {
                break;
            }

            var ministry = MinistryAt(j, out var suffix, out var p2);
            if (ministry is null || (j == i && (!ministry.Bare || !T[j].Readings.Any(r => r.Suffix.Length == 0 && r.Stem.StartsWith("ال", StringComparison.Ordinal)))))
            {
                continue;
            }

            if (j == i)
            {
                prefix = p2;
            }

            var (country, end) = OfCountry(j + 1, suffix, start);
            if (country is null || (j == i && end == j + 2 && _s.StartAt(j + 1) is not { Kind: MentionKind.Demonym }))
            {
                continue;
            }

            var body = MinistryEntity(ministry, country, start, end);
            var m = new Mention(start, end, body, MentionKind.Name, "ar.ner.ministry") { Prefix = prefix };
            if (_s.Add(m, replace: true))
            {
                AddFact(new Fact(body, Predicate.PartOf, country, "ar.ner.ministry.part_of", start, end - 1));
                i = end - 1;
            }
        }
    }

    private MinistryEntry? MinistryAt(int j, out string suffix, out string prefix)
    {
        suffix = string.Empty;
        prefix = string.Empty;
        if (j >= T.Count)
        {
            return null;
        }

        foreach (var r in T[j].Readings)
        {
            var stem = r.Stem;
            foreach (var m in _lex.Ministries)
            {
                if (m.Words.Contains(stem) || (stem.Length > 2 && m.Words.Contains("ال" + stem)))
                {
                    suffix = r.Suffix;
                    prefix = r.Prefix;
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>The country a title or body is "of": a demonym, a country name, بلاده, or the pronoun on the head.</summary>
    private (Entity? Country, int End) OfCountry(int j, string suffixOnHead, int headStart)
    {
        if (suffixOnHead.Length > 0)
        {
            return (Antecedent(headStart, [EntityType.Country], null), j);
        }

        if (_s.StartAt(j) is { } m)
        {
            if (m.IsAdjective && m.AdjectiveEntity.Type == EntityType.Country)
            {
                return (m.AdjectiveEntity, m.End);
            }

            if (m.IsArgument && (m.State ?? m.Entity) is { Type: EntityType.Country } c && m.Prefix.Length == 0)
            {
                return (c, m.End);
            }
        }

        if (j < T.Count && T[j].Readings.Any(r => _lex.Set("country_of").Contains(r.Stem) && r.Suffix.Length > 0))
        {
            return (CountryOfPronoun(j), j + 1);
        }

        return (null, j);
    }

    private Entity MinistryEntity(MinistryEntry ministry, Entity country, int start, int end)
    {
        var code = country.Id.StartsWith("country:", StringComparison.Ordinal) ? country.Id["country:".Length..] : Romanizer.Slug(country.Name);
        var id = $"org:{code}-{ministry.Slug}";
        if (_a.Kb.Get(id) is { } known)
        {
            return _a.Canonical(known.Entity);
        }

        // The KB's own body for this country (org:RU-MFA, org:US-STATE-DEPT…), found by its English name.
        foreach (var part in _a.Kb.PartsOf(country.Id))
        {
            if (part.Type == EntityType.Organization && ministry.KbMatch.Exists(w => part.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return _a.Canonical(part.Entity);
            }
        }

        var adjective = _a.Kb.Get(country.Id)?.EnglishAdjective ?? country.Name;
        var surface = Surface(start, end);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = $"{adjective} {ministry.English}", [_a.Pack.Language] = surface };
        return _a.Canonical(new Entity(id, $"{adjective} {ministry.English}", EntityType.Organization, labels));
    }

    // ---------------------------------------------------------------- described people
    private void DescribedPeople()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null)
            {
                continue;
            }

            foreach (var d in _lex.Described)
            {
                var r = T[i].Readings.FirstOrDefault(x => d.Words.Contains(x.Stem) && x.Suffix.Length == 0);
                if (r.Stem is null)
                {
                    continue;
                }

                if (d.Type == EntityType.Person && OfficialOf(i, r, d))
                {
                    break;
                }

                // «دبلوماسيا بريطانيا»: the accusative adjective is spelt like the country name.
                var dem = _s.StartAt(i + 1);
                var accusative = dem is { Kind: MentionKind.Name, Type: EntityType.Country } && r.Stem.EndsWith('ا') && T[dem.Start].Norm.EndsWith("يا", StringComparison.Ordinal) && dem.End == dem.Start + 1;
                if (dem is null || (dem.Kind is not (MentionKind.Demonym or MentionKind.DemonymPlural) && dem.AdjectiveOf is null && !accusative) || dem.AdjectiveEntity.Type != EntityType.Country)
                {
                    continue;
                }

                // «السفيرة الأمريكية في الأمم المتحدة سامانثا باور» names her: leave it to the title rules.
                var after = dem.End;
                if (after + 1 < T.Count && T[after].Norm is "في" or "لدي" && _s.StartAt(after + 1) is { IsArgument: true, Type: not EntityType.Person } posting)
                {
                    after = posting.End;
                }

                if (_s.StartAt(after) is { Type: EntityType.Person } || (after + 1 < T.Count && IsNameWord(after, 0) && IsNameWord(after + 1, 1)))
                {
                    continue;
                }

                var adjective = _a.Kb.Get(dem.AdjectiveEntity.Id)?.EnglishAdjective ?? dem.AdjectiveEntity.Name;
                var name = $"{adjective} {d.English}";
                var from = i > 0 && _s.CoverAt(i - 1) is null && _lex.Has("described_modifiers", T[i - 1]) ? i - 1 : i;
                var id = (d.Type == EntityType.Person ? "person:" : "group:") + Romanizer.Slug(name);
                var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = Surface(from, dem.End) };
                var e = _a.Canonical(new Entity(id, name, d.Type, labels));
                var m = new Mention(from, dem.End, e, MentionKind.Name, "ar.ner.described") { Prefix = from == i ? r.Prefix : T[from].Readings[0].Prefix };
                _s.Add(m, replace: true);
                break;
            }
        }
    }

    /// <summary>
    /// «مسؤول من حركة حماس»، «مسؤول في الخارجية الأميركية»: an unnamed member of a named body is a person of that body
    /// («Hamas official») who works for it. A name right after the body («مسؤول في الخارجية الأميركية جون كيربي») is left to
    /// the title rules, and a country («مسؤول في روسيا») says where, not whom for.
    /// </summary>
    private bool OfficialOf(int i, Reading r, DescribedEntry d)
    {
        if (i + 2 >= T.Count || T[i + 1].Norm is not ("في" or "من" or "لدي") || _s.StartAt(i + 2) is not { Kind: MentionKind.Name, Type: EntityType.Organization or EntityType.MediaOutlet } body
            || _s.StartAt(body.End) is { Type: EntityType.Person } || (body.End + 1 < T.Count && IsNameWord(body.End, 0) && IsNameWord(body.End + 1, 1)))
        {
            return false;
        }

        var name = $"{body.Entity.Name} {d.English}";
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = Surface(i, body.End) };
        var person = _a.Canonical(new Entity("person:" + Romanizer.Slug(name), name, EntityType.Person, labels));
        if (!_s.Add(new Mention(i, body.End, person, MentionKind.Name, "ar.ner.official_of") { Prefix = r.Prefix }, replace: true))
        {
            return false;
        }

        var fact = new Fact(person, Predicate.WorksFor, body.Entity, "ar.ner.official_of", i, body.End - 1);
        fact.Qualifiers["role"] = d.English;
        AddFact(fact);
        _a.Affiliation[person.Id] = body.Entity;
        return true;
    }

    // ---------------------------------------------------------------- titles
    private void Titles()
    {
        for (var i = 0; i < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null)
            {
                continue;
            }

            TitleEntry? title = null;
            var tEnd = -1;
            var tSuffix = string.Empty;
            var tPrefix = string.Empty;
            foreach (var t in _lex.Titles)
            {
                var e = MatchSeq(i, t.Sequences, out var pfx, out var sfx);
                if (e > tEnd)
                {
                    (title, tEnd, tSuffix, tPrefix) = (t, e, sfx, pfx);
                }
            }

            if (title is null)
            {
                continue;
            }

            // «مستشار الرئيس الأمريكي، جيسون غراين بلات»: the title belongs to someone else; the name is the adviser's.
            var blocked = i > 0 && _lex.Has("title_blockers", T[i - 1]);
            var j = tEnd;
            Entity? of = null;
            var role = title.Role;
            var predicate = title.Predicate;
            MinistryEntry? ministry = null;
            if (title.Of == "counterpart")
            {
                var mate = Antecedent(i, [EntityType.Person], null);
                if (mate is not null && _a.Titles.TryGetValue(mate.Id, out var last))
                {
                    (role, predicate, ministry) = last;
                }
                else
                {
                    predicate = "NONE";
                }

                var (country, end) = OfCountry(j, string.Empty, i);
                if (country is not null)
                {
                    of = ministry is not null ? MinistryEntity(ministry, country, i, end) : country;
                    j = end;
                }
            }
            else if (title.Of == "colleague")
            {
                var mate = Antecedent(i, [EntityType.Person], null);
                of = mate is not null && _a.Affiliation.TryGetValue(mate.Id, out var org) ? org : null;
            }
            else if (title.Of == "none")
            {
                predicate = "NONE";
            }
            else if (title.Of == "ministry")
            {
                var msuffix = string.Empty;
                ministry = MinistryAt(j, out msuffix, out _);
                if (_s.StartAt(j) is { Source: "ar.ner.ministry" } recognised)
                {
                    of = recognised.Entity;
                    j = recognised.End;
                    if (ministry is not null)
                    {
                        role = title.Role.Replace("minister", ministry.MinisterRole, StringComparison.Ordinal);
                    }
                }
                else if (ministry is null)
                {
                    // A ministry that was already recognised as a body (نائب وزير الخارجية الروسي is not, but
                    // المتحدثة باسم الخارجية الروسية is).
                    if (_s.StartAt(j) is { Source: "ar.ner.ministry" } body)
                    {
                        of = body.Entity;
                        j = body.End;
                    }
                    else
                    {
                        continue;
                    }
                }
                else
                {
                    role = title.Role.Replace("minister", ministry.MinisterRole, StringComparison.Ordinal);
                    var (country, end) = OfCountry(j + 1, msuffix, i);
                    j = end == j + 1 && country is null ? j + 1 : end;
                    if (country is not null)
                    {
                        of = MinistryEntity(ministry, country, i, end);
                        if (_s.IsFree(j, j))
                        {
                            AddFact(new Fact(of, Predicate.PartOf, country, "ar.ner.ministry.part_of", i, end - 1));
                        }
                    }
                }
            }
            else if (tSuffix.Length > 0)
            {
                of = Antecedent(i, OfTypes(title.Of), null);
            }
            else if (_s.StartAt(j) is { } next)
            {
                if (next.IsAdjective && next.AdjectiveEntity.Type == EntityType.Country)
                {
                    of = next.AdjectiveEntity;
                    j = next.End;
                }
                else if (next.IsArgument && next.Prefix.Length == 0 && Fits(next, OfTypes(title.Of)) is { } e)
                {
                    of = e;
                    j = next.End;
                    // زعيم كوريا الشمالية: a genitive may itself be followed by its adjective; skip it.
                }
            }

            if (title.NeedsOf && of is null)
            {
                continue;
            }

            // Only «مستشار الرئيس الأمريكي، جيسون غراين بلات» (comma) names the adviser; «إدارة الرئيس باراك أوباما» names
            // the president.
            if (blocked && j < T.Count && (T[j].Is('،') || T[j].Is(',')))
            {
                predicate = "NONE";
            }

            // Then an optional comma, السابق, and the name.
            var k = j;
            var former = false;
            while (k < T.Count && _s.StartAt(k) is not { Type: EntityType.Person }
                && (T[k].Is('،') || T[k].Is(',') || _lex.Has("former", T[k]) || _lex.Has("title_fillers", T[k]) || PortfolioEnd(k) is not null
                    || (T[k].Norm is "في" or "لدي" && _s.StartAt(k + 1) is { IsArgument: true, Type: not EntityType.Person })))
            {
                // «السفيرة الأمريكية في الأمم المتحدة سامانثا باور»: the posting sits between the title and the name.
                if (T[k].Norm is "في" or "لدي" && _s.StartAt(k + 1) is { } posting)
                {
                    k = posting.End;
                    continue;
                }

                // «مساعدة وزير الخارجية الأميركي لشؤون أميركا اللاتينية روبرتا جاكوبسون»: the portfolio, then the name.
                if (PortfolioEnd(k) is { } portfolio)
                {
                    k = portfolio;
                    continue;
                }

                former |= _lex.Has("former", T[k]);
                k++;
            }

            var person = PersonAt(k, out var pEnd);
            if (person is null)
            {
                // Reverse apposition: «كرستيا فريلاند، وزيرة خارجية بلاده» – the person right before the title.
                var back = i - 1;
                while (back >= 0 && (T[back].Is('،') || T[back].Is(',')))
                {
                    back--;
                }

                // Apposition after a name: with a comma, or directly when the title is not a new conjunct (وزميله).
                var apposition = back < i - 1 || !tPrefix.StartsWith('و');
                if (apposition && _s.EndAt(back + 1) is { Type: EntityType.Person, IsArgument: true } before)
                {
                    person = before.Entity;
                    pEnd = j;
                }
                else if (apposition && of is not null && NameBefore(back + 1) is { } named)
                {
                    // «إيفان بلاغوي مراسل قناة بيرفي كانال»: a new name right before a title with its "of".
                    person = named;
                    pEnd = j;
                }
                else
                {
                    TitleReference(i, j, tPrefix, role, of);
                    continue;
                }
            }

            // «ونظيره راؤول كاسترو»، «الرئيس سلفا كير»: no "of" in the text, but the KB knows the office.
            if (of is null && predicate is "LEADS" or "WORKS_FOR" && _a.Kb.Get(person.Id) is { } known && !former)
            {
                var office = known.Offices.FirstOrDefault(o => o.Role == role) ?? (known.Offices.Count == 1 ? known.Offices[0] : null);
                if (office is not null && _a.Kb.Get(office.Of) is { } body)
                {
                    // A minister's office is often recorded against the country: the body is its ministry.
                    of = ministry is not null && body.Type == EntityType.Country ? MinistryEntity(ministry, _a.Canonical(body.Entity), i, tEnd) : _a.Canonical(body.Entity);
                    role = office.Role;
                    predicate = _lex.Set("leading_roles").Contains(office.Role) ? "LEADS" : "WORKS_FOR";
                }
            }

            if (pEnd > k && _s.StartAt(k) is not null && k > i)
            {
                _s.TitleJump[i] = k;
            }

            if (predicate != "NONE")
            {
                _a.Titles[person.Id] = (role, predicate, ministry);
            }
            if (of is not null && predicate is "LEADS" or "WORKS_FOR" && RelationSchema.TryParsePredicate(predicate, out var p) && of.Id != person.Id)
            {
                var fact = new Fact(person, p, of, $"ar.title.{Romanizer.Slug(title.Role)}", i, pEnd - 1);
                fact.Qualifiers["role"] = former ? "former " + role : role;
                AddFact(fact);
                if (!former)
                {
                    _a.Affiliation[person.Id] = of;
                }
            }

            i = Math.Max(i, pEnd - 1);
        }
    }

    /// <summary>
    /// A title with its "of" but no name refers to the holder introduced earlier in the article: «القمة … بين الزعيم
    /// الكوري الشمالي والرئيس الأمريكي دونالد ترامب» after «زعيم كوريا الشمالية كيم جونغ أون», the headline «وزير الخارجية
    /// الروسي يجتمع مع مشعل» after the body names Lavrov. Only one holder of that role and body may be known.
    /// </summary>
    private void TitleReference(int start, int end, string prefix, string role, Entity? of)
    {
        // Only a definite title is the one holder (الزعيم الكوري الشمالي); «لوزير خارجية أميركي» is any of them.
        if (of is null || end <= start || !_s.IsFree(start, start + 1) || !T[end - 1].Readings.Any(r => r.Stem.StartsWith("ال", StringComparison.Ordinal)))
        {
            return;
        }

        var holders = _a.Titles.Where(t => t.Value.Role == role && _a.Affiliation.TryGetValue(t.Key, out var body) && body.Id == of.Id)
            .Select(t => t.Key).ToList();
        var holder = holders.Count != 1 ? null
            : _s.Mentions.Find(m => m.Entity.Id == holders[0])?.Entity ?? _a.History.FirstOrDefault(h => h.Entity.Id == holders[0]).Entity;
        if (holder is null)
        {
            return;
        }

        _s.Add(new Mention(start, end, holder, MentionKind.Reference, "ar.ref.title_holder") { Prefix = prefix }, replace: true);
    }

    /// <summary>After «لشؤون» (for the affairs of) a region or a topic: a mention, or one word and its adjective.</summary>
    private int? PortfolioEnd(int k)
    {
        if (k + 1 >= T.Count || !T[k].Readings.Any(r => r.Prefix == "ل" && _lex.Set("portfolio").Contains(r.Stem)))
        {
            return null;
        }

        if (_s.StartAt(k + 1) is { } region)
        {
            return region.End;
        }

        var end = k + 2;
        return end < T.Count && _s.CoverAt(end) is null && T[end].Norm.StartsWith("ال", StringComparison.Ordinal) ? end + 1 : end;
    }

    private static EntityType[] OfTypes(string of) => of switch
    {
        "Country" => [EntityType.Country],
        "Organization" => [EntityType.Organization, EntityType.Country],
        "MediaOutlet" => [EntityType.MediaOutlet, EntityType.Organization],
        _ => [EntityType.Country, EntityType.Organization, EntityType.MediaOutlet],
    };

    /// <summary>The person named at k: a known person mention, or a new name of two or three name-like words.</summary>
    private Entity? PersonAt(int k, out int end, int exact = 0)
    {
        end = k;
        if (k >= T.Count)
        {
            return null;
        }

        if (_s.StartAt(k) is { } m)
        {
            if (m.Type == EntityType.Person && m.IsArgument)
            {
                end = m.End;
                return m.Entity;
            }

            return null;
        }

        var n = exact;
        if (n == 0)
        {
            while (k + n < T.Count && n < 4 && (IsNameWord(k + n, n) || (n > 0 && _lex.Has("name_linkers", T[k + n - 1]) && T[k + n].Kind == TokenKind.Word)))
            {
                if (n == 3 && !_lex.Has("name_linkers", T[k + n - 1]))
                {
                    break;
                }

                n++;
            }

            // A third word ends the name only at a boundary; otherwise it is the next word of the sentence.
            if (n == 3 && !_lex.Has("name_linkers", T[k + 1]) && !Boundary(k + 3))
            {
                n = 2;
            }
        }

        if (n < 2 || _lex.Has("name_linkers", T[k + n - 1]))
        {
            return null;
        }

        end = k + n;
        var surface = Surface(k, end);
        var latin = Romanizer.Romanize(surface);
        var id = CrossScriptNameKey.PersonId(latin); // same key as an English spelling of the name
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = latin, [_a.Pack.Language] = surface };
        var e = _a.Canonical(new Entity(id, latin, EntityType.Person, labels));
        _s.Add(new Mention(k, end, e, MentionKind.Name, "ar.ner.title_name"), replace: false);

        // The full name and the surname alone now name this person for the rest of the article.
        _a.LearntNames[string.Join(' ', Enumerable.Range(k, n).Select(x => T[x].Norm))] = e;
        _a.LearntNames[T[end - 1].Norm] = e;
        return e;
    }

    private Entity? NameBefore(int title)
    {
        var n = 0;
        while (n < 3 && title - n - 1 >= 0 && IsNameWord(title - n - 1, 1) && !T[title - n - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            n++;
        }

        if (n < 2 || !IsNameWord(title - n, 0))
        {
            return null;
        }

        return PersonAt(title - n, out _, n);
    }

    private bool IsNameWord(int i, int position)
    {
        var t = T[i];
        if (t.Kind != TokenKind.Word || _s.CoverAt(i) is not null || t.Norm.Length < 2)
        {
            return false;
        }

        if (_a.Pack.KnownWords.Contains(t.Norm) || _lex.Has("time_words", t))
        {
            return false;
        }

        // A word with an attached pronoun (مكتبها) is a noun of the sentence, not a name.
        if (t.Norm.Length > 4 && (t.Norm.EndsWith("ها", StringComparison.Ordinal) || t.Norm.EndsWith("هم", StringComparison.Ordinal) || t.Norm.EndsWith("هما", StringComparison.Ordinal)))
        {
            return false;
        }

        // Coordination: a و-word starts the next conjunct (فرانك أيخمان وزميله، وقادة إقليميين); few names begin with و.
        if (t.Norm[0] == 'و' && !_lex.Has("names_with_waw", t))
        {
            return false;
        }

        if (position >= 2 && t.Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        if (position == 0 && _lex.Has("name_linkers", t))
        {
            return false;
        }

        if (position >= 1 && t.Norm[0] == 'و' && t.Readings.Any(r => r.Prefix == "و" && _a.Pack.KnownWords.Contains(r.Stem)))
        {
            return false;
        }

        if (position == 0 && t.Readings.Skip(1).Any(r => r.Suffix.Length == 0 && _a.Pack.KnownWords.Contains(r.Stem)))
        {
            return false;
        }

        return true;
    }

    private bool Boundary(int i) =>
        i >= T.Count || T[i].Kind == TokenKind.Punct || _s.CoverAt(i) is not null || _a.Pack.KnownWords.Contains(T[i].Norm)
        || T[i].Readings.Any(r => r.Prefix.Length > 0 && _a.Pack.KnownWords.Contains(r.Stem)) || T[i].Norm[0] == 'و';

    // ---------------------------------------------------------------- helpers
    private Entity NewEntity(EntityType type, int start, int end)
    {
        var surface = Surface(start, end);
        var latin = Romanizer.Romanize(surface);
        if (latin.Length == 0)
        {
            latin = surface;
        }

        var prefix = type switch
        {
            EntityType.MediaOutlet => "media:",
            EntityType.Person => "person:",
            EntityType.Group => "group:",
            _ => "org:",
        };
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = latin, [_a.Pack.Language] = surface };
        var e = _a.Canonical(new Entity(prefix + (Romanizer.Slug(latin) is { Length: > 0 } slug ? slug : "x" + (uint)surface.GetHashCode(StringComparison.Ordinal)), latin, type, labels));
        _a.LearntNames[string.Join(' ', Enumerable.Range(start, end - start).Select(x => T[x].Norm))] = e;
        return e;
    }

    private string Surface(int start, int end) =>
        _a.Article.Text[T[start].Start..T[end - 1].End];

    private string Stem(int j, out string prefix)
    {
        prefix = string.Empty;
        if (j >= T.Count)
        {
            return string.Empty;
        }

        foreach (var r in T[j].Readings)
        {
            if (r.Suffix.Length == 0 && _lex.MinistryHeads.Contains(r.Stem))
            {
                prefix = r.Prefix;
                return r.Stem;
            }
        }

        return T[j].Norm;
    }

    /// <summary>Matches one of the word sequences at i (the first word may carry proclitics, the last a pronoun).</summary>
    private int MatchSeq(int i, List<string[]> sequences, out string prefix, out string suffix)
    {
        prefix = string.Empty;
        suffix = string.Empty;
        var best = -1;
        foreach (var seq in sequences)
        {
            if (i + seq.Length > T.Count)
            {
                continue;
            }

            var ok = true;
            var pre = string.Empty;
            var suf = string.Empty;
            for (var w = 0; w < seq.Length && ok; w++)
            {
                var tok = T[i + w];
                var found = false;
                // Prefer the reading without an attached pronoun: «مراسلة» is the feminine title, not «مراسل»+ه.
                foreach (var r in tok.Readings.OrderBy(x => x.Suffix.Length > 0 ? 1 : 0))
                {
                    if (r.Stem != seq[w] || (w > 0 && r.Prefix.Length > 0) || (w < seq.Length - 1 && r.Suffix.Length > 0))
                    {
                        continue;
                    }

                    if (w == 0)
                    {
                        pre = r.Prefix;
                    }

                    if (w == seq.Length - 1)
                    {
                        suf = r.Suffix;
                    }

                    found = true;
                    break;
                }

                ok = found;
            }

            if (ok && (i + seq.Length > best || (i + seq.Length == best && suffix.Length > 0 && suf.Length == 0)))
            {
                best = i + seq.Length;
                prefix = pre;
                suffix = suf;
            }
        }

        return best;
    }

    private Entity? Fits(Mention m, EntityType[] types) => Resolution.Fit(m, types, place: false);

    /// <summary>The nearest earlier entity of one of the types (this sentence first, then the article).</summary>
    private Entity? Antecedent(int before, EntityType[] types, Entity? not) => Resolution.Antecedent(_a, _s, before, types, not);

    private Entity? CountryOfPronoun(int at)
    {
        var person = Resolution.Antecedent(_a, _s, at, [EntityType.Person], null);
        if (person is not null && _a.CountryOf(person) is { } c)
        {
            return c;
        }

        return Resolution.Antecedent(_a, _s, at, [EntityType.Country], null);
    }

    private void AddFact(Fact f) => _a.Facts.Add((f, _s.Sentence.Index));
}
