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

    // The bits of the lists the gazetteer scan probes at every token, resolved once per sentence.
    private readonly int _gazetteerFirst;
    private readonly int _gazetteerSecond;
    private readonly int _knownWords;

    public Recognizer(ArticleState article, SentenceState sentence)
    {
        _a = article;
        _s = sentence;
        _lex = article.Pack.Lexicon;
        _gaz = article.Kb.GazetteerFor(article.Pack.Language);
        _gazetteerFirst = _lex.BitOf(LanguagePack.GazetteerFirstWords);
        _gazetteerSecond = _lex.BitOf(LanguagePack.GazetteerSecondWords);
        _knownWords = _lex.BitOf(LanguagePack.KnownWordList);
    }

    private List<Token> T => _s.Tokens;

    public void Run()
    {
        // A pass whose per-token filter list no token of the sentence is in can find nothing: skip it whole (English
        // has none of the Arabic passes' words, and most Arabic sentences have no embassy, ministry or title).
        Gazetteer();
        if (AnyToken(LanguagePack.OrgHeadFirstWords))
        {
            OrganisationHeads();
        }

        OrganisationNationalities();

        if (AnyToken(LanguagePack.MinistryWords))
        {
            Ministries();
        }

        if (AnyToken(LanguagePack.MemberStateHeadWords))
        {
            MemberStates();
        }

        if (AnyToken(LanguagePack.MissionWords))
        {
            Missions();
        }

        PoliticalBureaus();
        if (AnyToken(LanguagePack.DescribedNouns))
        {
            DescribedPeople();
        }

        if (AnyToken("state_nouns"))
        {
            StateNouns();
        }

        if (AnyToken(LanguagePack.TitleFirstWords))
        {
            Titles();
        }

        KbFactsInside();
        if (AnyToken("governments"))
        {
            Governments();
        }
    }

    /// <summary>Whether some token of the sentence has a reading in the list (one test of the sentence's union bits).</summary>
    private bool AnyToken(string list) => _lex.AnyToken(list, _s);

    /// <summary>«السلطات التركية»، «الحكومة السورية»: the state itself, acting through its government.</summary>
    private void StateNouns()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || !_lex.Has("state_nouns", T[i]) || _s.StartAt(i + 1) is not { IsAdjective: true } adj || adj.AdjectiveEntity.Type != EntityType.Country)
            {
                continue;
            }

            // «رئيس الحكومة الإسبانية بيدرو سانشيز» is a title and a name, not the state.
            if (i > 0 && _lex.Has("state_noun_blockers", T[i - 1]))
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
        foreach (var m in _s.Ordered())
        {
            if (m.Kind != MentionKind.Name || m.Source != "kb" || m.End - m.Start < 2 || _a.Kb.Get(m.Entity.Id) is not { } entry)
            {
                continue;
            }

            // The mention's words, padded, are built on the first check that has a target and shared by the rest.
            string? padded = null;
            void Check(string? target, Predicate p, string rule, string? role)
            {
                if (_a.Kb.Get(target) is { } t && Names(m, t, padded ??= Padded(m)))
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
            Seat(m, entry);
            foreach (var office in entry.Offices)
            {
                var leads = _lex.Set("leading_roles").Contains(office.Role);
                Check(office.Of, leads ? Predicate.Leads : Predicate.WorksFor, "ar.kb.office_named", office.Role);
            }
        }
    }

    /// <summary>«مقر الأمم المتحدة في نيويورك»: a KB seat (a place named «مقر» + organisation) says where the organisation
    /// is based, when the city is named in or right after the mention.</summary>
    private void Seat(Mention m, KbEntry place)
    {
        if (place.Type != EntityType.Location || !_lex.Has("seat_words", T[m.Start]) || _a.Kb.Get(place.LocatedIn) is not { } city)
        {
            return;
        }

        var end = m.End;
        if (!Names(m, city, Padded(m)))
        {
            if (end + 1 >= T.Count || T[end].Norm != "في" || _s.StartAt(end + 1) is not { } after || after.Entity.Id != city.Id)
            {
                return;
            }

            end = after.End;
        }

        for (var s = m.Start + 1; s < m.End; s++)
        {
            for (var e = m.End; e > s; e--)
            {
                var key = string.Join(' ', Enumerable.Range(s, e - s).Select(x => T[x].Norm));
                if (_gaz.Lookup(key)?.Find(h => h.Kind == NameKind.Name && h.Entry.Type == EntityType.Organization) is { } org)
                {
                    AddFact(new Fact(_a.Canonical(org.Entry.Entity), Predicate.BasedIn, _a.Canonical(city.Entity), "ar.kb.seat_named", m.Start, end - 1));
                    return;
                }
            }
        }
    }

    /// <summary>
    /// «الدول الست أعضاء مجلس التعاون لدول الخليج العربية»، «دول الاتحاد الأوروبي»: the member states of a known
    /// organisation as one group («GCC member states») that is MEMBER_OF it, so they can meet, urge or be urged as one.
    /// </summary>
    private void MemberStates()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (!_lex.Has(LanguagePack.MemberStateHeadWords, T[i]))
            {
                continue;
            }

            var head = T[i].Readings.FirstOrDefault(r => r.Suffix.Length == 0 && r.Stem is "الدول" or "دول");
            if (head.Stem is null || _s.CoverAt(i) is not null)
            {
                continue;
            }

            var j = i + 1;
            if (head.Stem == "الدول" && j < T.Count && _s.CoverAt(j) is null && _lex.Has("state_counts", T[j]))
            {
                j++;
            }

            var members = false;
            if (j < T.Count && _s.CoverAt(j) is null && _lex.Has("members_words", T[j]))
            {
                members = true;
                j++;
                if (j < T.Count && T[j].Norm is "في" or "فى")
                {
                    j++;
                }
            }

            // «الدول العربية» is a region; only «دول X» (construct) or «الدول أعضاء X» names an organisation's members.
            if ((head.Stem == "الدول" && !members) || _s.StartAt(j) is not { Kind: MentionKind.Name, Type: EntityType.Organization, Prefix.Length: 0 } org
                || _a.Kb.Get(org.Entity.Id) is not { } entry || (entry.Members.Count == 0 && !members))
            {
                continue;
            }

            // The acronym when it is the name's initials (GCC, EU, NATO), as news and the gold write it; else the name.
            var initials = string.Concat(entry.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            var acronym = entry.Aliases.GetValueOrDefault("en")?.Find(x => x.Length >= 2 && x == initials);
            var name = $"{acronym ?? entry.Name} member states";
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = SurfaceAfter(i, org.End, head.Prefix) };
            var group = _a.Canonical(new Entity("group:" + Romanizer.Slug(name), name, EntityType.Group, labels));
            if (_s.Add(new Mention(i, org.End, group, MentionKind.Name, "ar.ner.member_states") { Prefix = head.Prefix }, replace: true))
            {
                AddFact(new Fact(group, Predicate.MemberOf, org.Entity, "ar.ner.member_states", i, org.End - 1));
                i = org.End - 1;
            }
        }
    }

    /// <summary>
    /// «السفارة الأمريكية في بغداد»، «سفارة فرنسا لدى لبنان»، «شعبة المصالح الأميركية في هافانا»، «بعثة الاتحاد الأوروبي في
    /// ليبيا»: a state's embassy or an organisation's mission at a named place is a body of its own, based there
    /// (named as the gold names them: "Embassy of the United States, Baghdad", "European Union Mission in Libya").
    /// </summary>
    private void Missions()
    {
        for (var i = 0; i + 3 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null)
            {
                continue;
            }

            if (!_lex.Has(LanguagePack.MissionWords, T[i]))
            {
                continue;
            }

            var embassy = _lex.Has("embassy_heads", T[i]);
            var j = i + 1;
            if (!embassy && T[i].Readings.Any(r => r.Stem is LanguagePack.MissionHeadWord) && T[j].Norm == "المصالح")
            {
                embassy = true;
                j++;
            }

            if (!embassy && !_lex.Has("mission_heads", T[i]))
            {
                continue;
            }

            if (_s.StartAt(j) is not { } owner || j >= T.Count)
            {
                continue;
            }

            Entity? state = owner.IsAdjective && owner.AdjectiveEntity.Type == EntityType.Country ? owner.AdjectiveEntity
                : owner is { Kind: MentionKind.Name or MentionKind.Metonym, Prefix.Length: 0 } && (owner.State ?? owner.Entity) is { Type: EntityType.Country } c ? c : null;
            Entity? body = !embassy && owner is { Kind: MentionKind.Name, Type: EntityType.Organization, Prefix.Length: 0 } ? owner.Entity : null;
            var k = owner.End;
            if ((embassy ? state : body ?? state) is null || k + 1 >= T.Count || T[k].Norm is not ("في" or "لدي" or "فى") || _s.StartAt(k + 1) is not { IsArgument: true, Prefix.Length: 0 } at
                || (at.Entity.Type is not (EntityType.Location or EntityType.Country)) || at.Entity.Id == (state ?? body)!.Id)
            {
                continue;
            }

            var place = at.Entity;
            string name;
            if (embassy)
            {
                var country = state!.Name;
                var article = country.StartsWith("United ", StringComparison.Ordinal) || country is "Netherlands" or "Philippines" or "Czech Republic" or "Gambia" or "Bahamas" ? "the " : string.Empty;
                var kind = T[i].Readings.Any(r => r.Stem.EndsWith("قنصليه", StringComparison.Ordinal)) ? "Consulate" : "Embassy";
                name = $"{kind} of {article}{country}, {place.Name}";
            }
            else
            {
                name = $"{(body ?? state)!.Name} Mission in {place.Name}";
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = string.Empty };
            var prefix = T[i].Readings.FirstOrDefault(r => r.Stem.Length > 0 && (_lex.Set("embassy_heads").Contains(r.Stem) || _lex.Set("mission_heads").Contains(r.Stem) || r.Stem == "شعبه")).Prefix ?? string.Empty;
            labels[_a.Pack.Language] = SurfaceAfter(i, at.End, prefix);

            // After a preposition («زيارته للقنصلية السعودية في إسطنبول»، «إلى السفارة») the building is a place that
            // lies in the city; as an actor («قالت السفارة …») it is a body based there.
            var building = embassy && (prefix.Contains('ل', StringComparison.Ordinal) || prefix.Contains('ب', StringComparison.Ordinal) || (i > 0 && T[i - 1].Norm is "الي" or "في" or "داخل" or "امام"));
            var en = _a.Kb.GazetteerFor("en");
            var known = en.Lookup(en.KeyOf(name))?.Find(h => h.Entry.Type == EntityType.Organization)?.Entry.Entity;
            var mission = _a.Canonical(known ?? (building
                ? new Entity("loc:" + Romanizer.Slug(name), name, EntityType.Location, labels)
                : new Entity("org:" + Romanizer.Slug(name), name, EntityType.Organization, labels)));
            if (!_s.Add(new Mention(i, at.End, mission, MentionKind.Name, "ar.ner.mission") { Prefix = prefix }, replace: true))
            {
                continue;
            }

            AddFact(building
                ? new Fact(mission, Predicate.LocatedIn, place, "ar.ner.mission.located_in", i, at.End - 1)
                : new Fact(mission, Predicate.BasedIn, place, "ar.ner.mission.based_in", i, at.End - 1));
            if (body is not null)
            {
                AddFact(new Fact(mission, Predicate.PartOf, body, "ar.ner.mission.part_of", i, at.End - 1));
            }

            i = at.End - 1;
        }
    }

    /// <summary>
    /// «المكتب السياسي لحركة حماس»، «رئيس مكتبها السياسي»: a movement's political bureau is a body of its own, PART_OF the
    /// movement (named by its parent, or by the pronoun on «مكتب»), so its head LEADS it.
    /// </summary>
    private void PoliticalBureaus()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || _s.CoverAt(i + 1) is not null || T[i + 1].Norm != "السياسي")
            {
                continue;
            }

            var definite = T[i].Readings.FirstOrDefault(r => r.Stem == "المكتب" && r.Suffix.Length == 0);
            var pronoun = T[i].Readings.FirstOrDefault(r => r.Stem == "مكتب" && r.Suffix is "ها" or "ه");
            Entity? parent = null;
            var end = i + 2;
            string prefix;
            if (definite.Stem is not null)
            {
                prefix = definite.Prefix;
                if (_s.StartAt(end) is not { IsArgument: true, Type: EntityType.Organization } owner || !(owner.Prefix.EndsWith('ل') || owner.Prefix.Length == 0))
                {
                    continue;
                }

                parent = owner.Entity;
                end = owner.End;
            }
            else if (pronoun.Stem is not null)
            {
                prefix = pronoun.Prefix;
                parent = Movement(i);
            }
            else
            {
                continue;
            }

            if (parent is null)
            {
                continue;
            }

            var name = $"{parent.Name} Political Bureau";
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = SurfaceAfter(i, end, prefix) };
            var en = _a.Kb.GazetteerFor("en");
            var known = en.Lookup(en.KeyOf(name))?.Find(h => h.Entry.Type == EntityType.Organization)?.Entry.Entity;
            var bureau = _a.Canonical(known ?? new Entity("org:" + Romanizer.Slug(name), name, EntityType.Organization, labels));
            if (_s.Add(new Mention(i, end, bureau, MentionKind.Name, "ar.ner.political_bureau") { Prefix = prefix }, replace: true))
            {
                AddFact(new Fact(bureau, Predicate.PartOf, parent, "ar.ner.political_bureau", i, end - 1));
                i = end - 1;
            }
        }
    }

    /// <summary>The nearest earlier movement or party (an organisation that is no state body): «مكتبها السياسي» after
    /// «حركة حماس … وزير الخارجية الروسي» is Hamas's bureau, not the ministry's.</summary>
    private Entity? Movement(int before)
    {
        bool Fits(Entity e) => e.Type == EntityType.Organization && _a.Kb.Get(e.Id) is not { PartOf: not null } && !e.Id.EndsWith("ministry", StringComparison.Ordinal)
            && _s.Mentions.Find(m => m.Entity.Id == e.Id) is not { Source: "ar.ner.ministry" };

        foreach (var m in _s.Mentions.Where(m => m.End <= before && m.IsArgument).OrderByDescending(m => m.End))
        {
            if (Fits(m.Entity))
            {
                return m.Entity;
            }
        }

        for (var h = _a.History.Count - 1; h >= 0; h--)
        {
            if (Fits(_a.History[h].Entity))
            {
                return _a.History[h].Entity;
            }
        }

        return null;
    }

    /// <summary>Whether name <paramref name="n"/> (by its gazetteer key) occurs as whole words in the mention words
    /// <paramref name="key"/> (<paramref name="padded"/> is the same with a space at each end), or, for a definite
    /// name, after the preposition لـ («للأمم المتحدة»: the target's first word may carry it).</summary>
    private bool NamedIn(string padded, ReadOnlySpan<char> key, string n)
    {
        var k = _gaz.KeyOf(n);
        if (k.Length > 0)
        {
            // Same as padded.Contains(" " + k + " "): every occurrence of k with a space on both sides.
            for (var from = 1; from + k.Length < padded.Length;)
            {
                var at = padded.AsSpan(from).IndexOf(k, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (padded[at - 1] == ' ' && at + k.Length < padded.Length && padded[at + k.Length] == ' ')
                {
                    return true;
                }

                from = at + 1;
            }
        }

        if (k.Length > 2 && k.StartsWith("ال", StringComparison.Ordinal))
        {
            // Same as key.Contains("لل" + k[2..]).
            var rest = k.AsSpan(2);
            for (var from = 0; from < key.Length;)
            {
                var at = key[from..].IndexOf(rest, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (at >= 2 && key[at - 2] == 'ل' && key[at - 1] == 'ل')
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    /// <summary>The mention's words after its head, padded with spaces so a name is matched as whole words.</summary>
    private string Padded(Mention m)
    {
        var sb = new System.Text.StringBuilder(" ");
        for (var i = m.Start + 1; i < m.End; i++)
        {
            sb.Append(T[i].Norm).Append(' ');
        }

        return m.End - m.Start > 1 ? sb.ToString() : "  ";
    }

    /// <summary>Whether the mention's own words name the target (<paramref name="padded"/>: <see cref="Padded"/>).</summary>
    private bool Names(Mention m, KbEntry target, string padded)
    {
        var key = padded.AsSpan(1, padded.Length - 2);
        var lang = _a.Pack.Language;
        if (target.Labels.TryGetValue(lang, out var l) && NamedIn(padded, key, l))
        {
            return true;
        }

        if (target.Aliases.TryGetValue(lang, out var al))
        {
            foreach (var n in al)
            {
                if (NamedIn(padded, key, n))
                {
                    return true;
                }
            }
        }

        for (var i = m.Start + 1; i < m.End; i++)
        {
            foreach (var r in T[i].Readings)
            {
                if (_gaz.Lookup(r.Stem) is { } hits)
                {
                    foreach (var h in hits)
                    {
                        if (h.Entry.Id == target.Id && h.Kind == NameKind.Demonym)
                        {
                            return true;
                        }
                    }
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

        // Most tokens start no KB name: one bit says so. Names learnt in this article are few and probed as before.
        if (!_lex.Has(_gazetteerFirst, _s, i) && (_a.LearntNames.Count == 0 || !StartsLearntName(T[i])))
        {
            return null;
        }

        (int End, string Prefix, List<GazetteerHit>? Hits, Entity? Learnt)? best = null;
        var max = Math.Min(T.Count - i, Math.Max(_gaz.MaxTokens, 6));
        var readings = T[i].Readings;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix.Length > 0)
            {
                continue;
            }

            // The candidate key (stem, then the next tokens' norms, space-separated) grows in a reused buffer; the
            // scan stops once no gazetteer or learnt name starts with it, since no longer key can match either.
            var length = Append(0, r.Stem);
            var learntNames = _a.LearntNames.Count > 0;
            for (var len = 1; len <= max; len++)
            {
                if (len == 2 && !learntNames && !MaySecondWord(i + 1))
                {
                    // No KB name has this word second ("the" + "president"): no longer key can match.
                    break;
                }

                if (len > 1)
                {
                    length = Append(length, " ");
                    length = Append(length, T[i + len - 1].Norm);
                }

                // One probe answers both whether a KB name can continue and which names the key spells.
                var key = _a.KeyBuffer.AsSpan(0, length);
                if (!_gaz.TryPrefix(key, out var keyHits) && !(learntNames && _a.LearntNames.IsPrefix(key)))
                {
                    break;
                }

                if (best is not null && len <= best.Value.End - i)
                {
                    continue;
                }

                if (learntNames && _a.LearntNames.TryGetValue(key, out var learnt))
                {
                    best = (i + len, r.Prefix, null, learnt);
                }
                else if (len == 1 && (KnownWord(i, r) || CliticBeforeHamza(i)))
                {
                    // A one-word name that is also a common word (كان، بان، أمل) is read as the word.
                    continue;
                }
                else if (keyHits is { } hits && !(len == 1 && IsBareTitleWord(i, hits)))
                {
                    best = (i + len, r.Prefix, hits, null);
                }
            }
        }

        return best;
    }

    /// <summary>Whether the reading's stem or the whole token is vocabulary (<see cref="LanguagePack.KnownWords"/>); one bit
    /// answers for the many tokens that are neither.</summary>
    private bool KnownWord(int i, Reading r)
    {
        var t = T[i];
        if (_lex.Has(_knownWords, _s, i))
        {
            return _a.Pack.KnownWords.Contains(r.Stem) || _a.Pack.KnownWords.Contains(t.Norm);
        }

        // The bits cover the reading stems; the token text is one of them unless the analyser read it otherwise.
        return t.Readings[0].Stem != t.Norm && _a.Pack.KnownWords.Contains(t.Norm);
    }

    /// <summary>Whether the token's text can be the second word of a KB name: one bit, exact when the token's text is its
    /// first reading's stem (as the analysers make it); otherwise the scan goes on and the key probe decides.</summary>
    private bool MaySecondWord(int i) => _lex.Has(_gazetteerSecond, _s, i) || T[i].Readings[0].Stem != T[i].Norm;

    /// <summary>Whether a reading without a suffix (as the scan below reads it) starts a name learnt in this article.</summary>
    private bool StartsLearntName(Token t)
    {
        var readings = t.Readings;
        for (var r = 0; r < readings.Count; r++)
        {
            if (readings[r].Suffix.Length == 0 && _a.LearntNames.IsPrefix(readings[r].Stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends text to the article's key buffer at <paramref name="length"/>, growing it when needed.</summary>
    /// <returns>The new length.</returns>
    private int Append(int length, string text)
    {
        if (length + text.Length > _a.KeyBuffer.Length)
        {
            var bigger = new char[Math.Max(_a.KeyBuffer.Length * 2, length + text.Length)];
            _a.KeyBuffer.AsSpan(0, length).CopyTo(bigger);
            _a.KeyBuffer = bigger;
        }

        text.CopyTo(_a.KeyBuffer.AsSpan(length));
        return length + text.Length;
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
            if (!_lex.Has(LanguagePack.OrgHeadFirstWords, T[i]))
            {
                continue;
            }

            foreach (var h in _a.Pack.OrgHeadIndex.Candidates(T[i]))
            {
                var head = _lex.OrgHeads[h];
                var hEnd = MatchSeq(i, head.Sequences, out var prefix, out _);
                if (hEnd < 0)
                {
                    continue;
                }

                // Head, then up to five modifiers (adjectives, a demonym), then «name».
                var j = hEnd;
                Mention? demonymBefore = null;
                while (j < T.Count && j - hEnd < 6 && !IsOpenQuote(T[j]) && T[j].Kind == TokenKind.Word)
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
                if (j < T.Count && IsOpenQuote(T[j]))
                {
                    // «…» or the straight and curly quotes many outlets use instead (قناة "تي إف 1" الفرنسية).
                    var shut = T[j].Is('«') ? '»' : T[j].Is('“') ? '”' : '"';
                    var close = j + 1;
                    while (close < T.Count && !T[close].Is(shut) && close - j < 8)
                    {
                        close++;
                    }

                    if (close >= T.Count || !T[close].Is(shut) || close == j + 1)
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
    }

    /// <summary>KB organisations and outlets followed by a demonym adjective: شركة «روساتوم» الروسية is handled with its
    /// head; here «وكالة أنباء نوفوستي الروسية» and any KB outlet written with its nationality.</summary>
    private void OrganisationNationalities()
    {
        foreach (var m in _s.Ordered())
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

            // The adjective follows its noun in Arabic only: in English a demonym after a name starts the next phrase
            // ("At the U.N. British Foreign Secretary Boris Johnson said…").
            var entry = _a.Kb.Get(m.Entity.Id);
            if (_a.Pack.Language == "ar" && _s.StartAt(k) is { IsAdjective: true } dem && dem.AdjectiveEntity.Type is EntityType.Country)
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
            // A body starts at a ministry head (وزارة) or a ministry word (الخارجية): one bit rules most tokens out.
            if (!_lex.Has(LanguagePack.MinistryWords, T[i]))
            {
                continue;
            }

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

        var readings = T[j].Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            var r = readings[k];
            if (_a.Pack.MinistryOf(r.Stem) is { } m)
            {
                suffix = r.Suffix;
                prefix = r.Prefix;
                return m;
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
        // The nationality of the last described group, for «المقيمين والزائرين منهم» (the residents … among them).
        Entity? lastCountry = null;
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null)
            {
                continue;
            }

            // Most tokens are no described noun at all: one probe of the union of their words settles it.
            if (!_lex.Has(LanguagePack.DescribedNouns, T[i]) || !AnyBareReadingIn(T[i], _a.Pack.DescribedWords))
            {
                continue;
            }

            foreach (var d in _lex.Described)
            {
                var r = FirstBareReadingIn(T[i], d.Words);
                if (r.Stem is null)
                {
                    continue;
                }

                if (d.Type == EntityType.Person && OfficialOf(i, r, d))
                {
                    break;
                }

                // «المقيمين والزائرين القطريين»: a second description joined by و shares the nationality;
                // «البعثة الدبلوماسية القطرية»: an adjective from a described_adj_<english> set comes between.
                var english = d.English;
                var j = i + 1;
                if (DescribedAt(j, d.Type) is { } second)
                {
                    english += " and " + second.English;
                    j++;
                }

                if (j < T.Count && _s.CoverAt(j) is null && DescribedAdjective(j) is { } modifier)
                {
                    english = modifier + " " + english;
                    j++;
                }

                // «دبلوماسيا بريطانيا»: the accusative adjective is spelt like the country name.
                var dem = _s.StartAt(j);
                var accusative = dem is { Kind: MentionKind.Name, Type: EntityType.Country } && r.Stem.EndsWith('ا') && T[dem.Start].Norm.EndsWith("يا", StringComparison.Ordinal) && dem.End == dem.Start + 1;
                Entity country;
                int end;
                if (dem is not null && (dem.Kind is MentionKind.Demonym or MentionKind.DemonymPlural || dem.AdjectiveOf is not null || accusative) && dem.AdjectiveEntity.Type == EntityType.Country)
                {
                    country = dem.AdjectiveEntity;
                    end = dem.End;
                }
                else if (d.Type == EntityType.Group && lastCountry is not null && j > i + 1 && j < T.Count && _lex.Has("described_partitive", T[j]))
                {
                    country = lastCountry;
                    end = j + 1;
                }
                else
                {
                    continue;
                }

                // «السفيرة الأمريكية في الأمم المتحدة سامانثا باور» names her: leave it to the title rules.
                var after = end;
                if (after + 1 < T.Count && T[after].Norm is "في" or "لدي" && _s.StartAt(after + 1) is { IsArgument: true, Type: not EntityType.Person } posting)
                {
                    after = posting.End;
                }

                if (_s.StartAt(after) is { Type: EntityType.Person } || (after + 1 < T.Count && IsNameWord(after, 0) && IsNameWord(after + 1, 1)))
                {
                    continue;
                }

                var adjective = _a.Kb.Get(country.Id)?.EnglishAdjective ?? country.Name;
                var name = $"{adjective} {english}";
                var from = i > 0 && _s.CoverAt(i - 1) is null && _lex.Has("described_modifiers", T[i - 1]) ? i - 1 : i;
                var id = (d.Type == EntityType.Person ? "person:" : "group:") + Romanizer.Slug(name);
                var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, [_a.Pack.Language] = Surface(from, end) };
                var e = _a.Canonical(new Entity(id, name, d.Type, labels));
                var m = new Mention(from, end, e, MentionKind.Name, "ar.ner.described") { Prefix = from == i ? r.Prefix : T[from].Readings[0].Prefix };
                _s.Add(m, replace: true);
                if (d.Type == EntityType.Group)
                {
                    // A national group belongs to its country (CountryOf): a state does not expel its own citizens.
                    lastCountry = country;
                    _a.Affiliation.TryAdd(e.Id, country);
                }

                break;
            }
        }
    }

    /// <summary>The description entry of the given type that token <paramref name="j"/> is, joined by و.</summary>
    private DescribedEntry? DescribedAt(int j, EntityType type)
    {
        if (j >= T.Count || _s.CoverAt(j) is not null)
        {
            return null;
        }

        foreach (var d in _lex.Described)
        {
            if (d.Type == type && T[j].Readings.Any(x => d.Words.Contains(x.Stem) && x.Suffix.Length == 0 && x.Prefix == "و"))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The English of an adjective in a lexicon set <c>described_adj_&lt;english&gt;</c>, or null.</summary>
    private string? DescribedAdjective(int j)
    {
        foreach (var (set, words) in _lex.Words)
        {
            if (set.StartsWith("described_adj_", StringComparison.Ordinal) && T[j].Readings.Any(x => words.Contains(x.Stem) && x.Suffix.Length == 0))
            {
                return set["described_adj_".Length..].Replace('_', ' ');
            }
        }

        return null;
    }

    /// <summary>The first reading without an attached pronoun whose stem is in the words, or default.</summary>
    private static Reading FirstBareReadingIn(Token t, List<string> words)
    {
        var readings = t.Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            if (readings[k].Suffix.Length == 0 && words.Contains(readings[k].Stem))
            {
                return readings[k];
            }
        }

        return default;
    }

    private static bool AnyBareReadingIn(Token t, HashSet<string> words)
    {
        var readings = t.Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            if (readings[k].Suffix.Length == 0 && words.Contains(readings[k].Stem))
            {
                return true;
            }
        }

        return false;
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
            if (_s.CoverAt(i) is not null || !_lex.Has(LanguagePack.TitleFirstWords, T[i]))
            {
                continue;
            }

            TitleEntry? title = null;
            var tEnd = -1;
            var tSuffix = string.Empty;
            var tPrefix = string.Empty;
            foreach (var c in _a.Pack.TitleIndex.Candidates(T[i]))
            {
                var t = _lex.Titles[c];
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
            string? ruleId = null;
            MinistryEntry? ministry = null;
            Entity? titleCountry = null;
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

                // «المستشار الألماني أولاف شولتس»، «الطيار العسكري الأوكراني، الكابتن …»: the nationality belongs to the
                // title, so the name follows it; a military rank with one names that country's forces as employer.
                var at = j;
                while (at < T.Count && _s.CoverAt(at) is null && _lex.Has("military_adjectives", T[at]))
                {
                    at++;
                }

                if (_s.StartAt(at) is { IsAdjective: true } nationality && nationality.AdjectiveEntity.Type == EntityType.Country)
                {
                    j = nationality.End;
                    titleCountry = nationality.AdjectiveEntity;
                    if (_lex.Has("military_titles", T[i]))
                    {
                        of = ArmedForces(nationality.AdjectiveEntity);
                        predicate = "WORKS_FOR";
                        role = "military officer";
                        ruleId = "ar.title.military";
                    }
                }
            }
            else if (title.Of == "ministry")
            {
                var msuffix = string.Empty;
                ministry = MinistryAt(j, out msuffix, out _);
                // «وزيرة الخزانة الأمريكية»: the ministry may also be a body the knowledge base names.
                if (_s.StartAt(j) is { Source: "ar.ner.ministry" } or { Source: "kb", Type: EntityType.Organization } && _s.StartAt(j) is { } recognised)
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
                else if (next.IsArgument && (next.Prefix.Length == 0 || (title.NeedsOf && next.Prefix == "ل")) && Fits(next, OfTypes(title.Of)) is { } e)
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

            // «العقيد الليبي معمر القذافي»: a known office holder's rank is no employment; his KB office says what he held.
            if (ruleId == "ar.title.military" && _a.Kb.Get(person.Id) is { Offices.Count: > 0 })
            {
                of = null;
            }

            // «المستشار الألماني أولاف شولتس»: a bare rank with a nationality names the office the KB records in that country.
            if (of is null && predicate == "NONE" && titleCountry is not null && ruleId is null && !former && _a.Kb.Get(person.Id) is { } holder
                && holder.Offices.FirstOrDefault(o => o.Of == titleCountry.Id) is { } held)
            {
                of = titleCountry;
                role = held.Role;
                predicate = _lex.Set("leading_roles").Contains(held.Role) ? "LEADS" : "WORKS_FOR";
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
                var fact = new Fact(person, p, of, ruleId ?? $"ar.title.{Romanizer.Slug(title.Role)}", i, pEnd - 1);
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

    /// <summary>The country's armed forces as the knowledge base names them (Armed Forces of Ukraine, Israel Defense
    /// Forces), else the country itself.</summary>
    private Entity ArmedForces(Entity country)
    {
        foreach (var part in _a.Kb.PartsOf(country.Id))
        {
            if (part.Type == EntityType.Organization && (part.Name.Contains("Armed Forces", StringComparison.Ordinal) || part.Name.Contains("Defense Forces", StringComparison.Ordinal)
                || part.Name.Contains("Defence Forces", StringComparison.Ordinal) || part.Name.EndsWith(" Army", StringComparison.Ordinal)))
            {
                return _a.Canonical(part.Entity);
            }
        }

        return country;
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

        // After the first word, a preposition written on a definite or known word (بالقرار، بمغادرة، للسلطة) starts the
        // rest of the sentence: «دورين ريشان بالقرار» is a name and a complement.
        if (position >= 1 && PrepositionOnWord(t))
        {
            return false;
        }

        return true;
    }

    private static bool IsOpenQuote(Token t) => t.Is('«') || t.Is('"') || t.Is('“');

    private bool PrepositionOnWord(Token t)
    {
        foreach (var r in t.Readings)
        {
            var p = r.Prefix.TrimStart('و', 'ف');
            if (p is "بال" or "لل" or "كال" || (p is "ب" or "ل" or "ك" && (r.Stem.StartsWith("ال", StringComparison.Ordinal) || _a.Pack.KnownWords.Contains(r.Stem))))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>The surface without the proclitics on its first word (للقنصلية → القنصلية, the article's elided alef
    /// restored), so the label is the name as a reader would cite it.</summary>
    private string SurfaceAfter(int start, int end, string prefix)
    {
        var text = Surface(start, end);
        if (prefix.Length == 0 || prefix.Length >= text.Length)
        {
            return text;
        }

        // «لل» + noun: the preposition ل swallowed the alef of ال.
        if (prefix.EndsWith('ل') && text.StartsWith(prefix + "ل", StringComparison.Ordinal) && !text[prefix.Length..].StartsWith("ال", StringComparison.Ordinal))
        {
            return "ا" + text[prefix.Length..];
        }

        return text[prefix.Length..];
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

        var readings = T[j].Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            var r = readings[k];
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
                var readings = tok.Readings;
                // Prefer the reading without an attached pronoun: «مراسلة» is the feminine title, not «مراسل»+ه. Two
                // passes over the readings (bare ones, then ones with a pronoun) keep their order within each kind.
                for (var n = 0; n < 2 * readings.Count && !found; n++)
                {
                    var r = readings[n % readings.Count];
                    if ((r.Suffix.Length > 0) != (n >= readings.Count))
                    {
                        continue;
                    }

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
