using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Extraction.Knowledge;
using GeoGraph.Text;
using GeoGraph.Text.English;

namespace GeoGraph.Extraction.Engine.English;

/// <summary>
/// English entity recognition on top of the shared gazetteer pass, in a fixed order:
/// <list type="number">
/// <item>case check: a knowledge-base name must be capitalised in the text ("us" is not the U.S., "china" not China);</item>
/// <item>government bodies: demonym or country + ministry head ("Russian Foreign Ministry", "Ministry of Foreign Affairs
/// of Qatar") → "&lt;Adjective&gt; Foreign Ministry", PART_OF the country, the same id as from Arabic;</item>
/// <item>state nouns: "the British Government", "Israeli officials" stand for the state;</item>
/// <item>titles before names: [former] [demonym | country | organisation | party] title… Name ("Russian President Vladimir
/// Putin", "then-Russian Ambassador to the United States Sergei Kislyak") → LEADS / WORKS_FOR with the role;</item>
/// <item>appositions: Name, [a|the] [demonym] title [for|of|at X] ("Maria Zakharova, spokeswoman for the Russian Foreign
/// Ministry"), and "Name, from X";</item>
/// <item>described people and groups: [senior] demonym noun ("a senior Israeli official", "European foreign ministers");</item>
/// <item>organisations and outlets by their head word among capitalised words ("Islamic Action Front", "Ministry of
/// Oil", "Daily News");</item>
/// <item>he / she / him → the nearest person.</item>
/// </list>
/// Unknown names are capitalised word sequences (with particles al, bin, de, van… and hyphens: "Abdel Fattah al-Sisi");
/// their id is <c>person:</c> + the slug of the folded name, so the same spelling always gives the same node, and the
/// full name and the surname name the person for the rest of the article.
/// </summary>
internal sealed class EnglishRecognizer
{
    private readonly ArticleState _a;
    private readonly SentenceState _s;
    private readonly EnglishNer _ner;
    private readonly string _text;
    private readonly Gazetteer _gaz;
    private readonly List<Token> _tokens;

    // Per token, computed once: every pass asks for capitalisation and list membership, several times per token, and
    // reading the source characters or hashing the word each time was most of the recogniser's cost.
    private readonly EnglishWordShape[] _shape;
    private readonly EnglishWordClass[] _class;

    public EnglishRecognizer(ArticleState article, SentenceState sentence, EnglishNer ner)
    {
        _a = article;
        _s = sentence;
        _ner = ner;
        _text = article.Article.Text;
        _gaz = article.Kb.GazetteerFor("en");

        // The tokenizer's list as it is (a list indexer, not an interface call per token read).
        _tokens = sentence.Tokens as List<Token> ?? [.. sentence.Tokens];
        _shape = new EnglishWordShape[_tokens.Count];
        _class = new EnglishWordClass[_tokens.Count];
        // The classes ride on the lexicon's per-word memo when the hooks have prepared the pack (the engine does):
        // one memo read per token instead of a dictionary probe per token per sentence.
        var lexicon = article.Pack.Lexicon;
        var classes = lexicon.FlagGroup(EnglishNer.ClassFlags);
        for (var i = 0; i < _tokens.Count; i++)
        {
            _shape[i] = EnglishWordShapes.Of(_text, _tokens[i]);
            _class[i] = classes >= 0 ? (EnglishWordClass)lexicon.FlagsAt(classes, _tokens[i]) : ner.ClassOf(_tokens[i].Norm);
        }
    }

    private List<Token> T => _tokens;

    public void Run()
    {
        CaseFilter();
        SurnameAliases();
        LedBy();
        OutletPossessives();
        Ministries();
        StateNouns();
        Titles();
        Appositions();
        Loyalists();
        Described();
        BarePlurals();
        Organisations();
        PlacesByHead();
        PossessiveOutlets();
        CapitalDescriptions();
        Definites();
        Pronouns();
        if (_s.Sentence.Index == 0)
        {
            Dateline();
        }
    }

    /// <summary>"TALLINN (Reuters) -", "BAMAKO (AP) —": a place in capitals before the agency's parenthesis.</summary>
    private void Dateline()
    {
        var at = 0;
        while (at < T.Count && T[at].Kind != TokenKind.Word)
        {
            at++;
        }

        if (_s.StartAt(at) is { } m && m.End < T.Count && T[m.End].Is('(') && m.Type is EntityType.Location or EntityType.Country
            && EnglishWordShapes.Of(_text, T[at]) == EnglishWordShape.AllCaps)
        {
            _a.DatelineCountry = _a.CountryOf(m.State ?? m.Entity);
        }
    }

    // ---------------------------------------------------------------- case
    private void CaseFilter()
    {
        // Backwards by index, so a removal does not shift the mentions still to check (no snapshot copy per sentence);
        // each check reads only its own mention.
        for (var x = _s.Mentions.Count - 1; x >= 0; x--)
        {
            var m = _s.Mentions[x];
            // Commodities are common nouns ("uranium", "oil"); everything else in the gazetteer is a proper name.
            if (m.Source is not ("kb" or "article") || m.Type == EntityType.Commodity)
            {
                continue;
            }

            var k = m.Start;
            while (k < m.End - 1 && T[k].Norm == "the")
            {
                k++;
            }

            // An acronym the knowledge base spells only in capitals must be in capitals: "Car bomb kills four" is no
            // Central African Republic, "Who said…" no World Health Organization.
            if (_shape[k] == EnglishWordShape.Lower || (_shape[k] == EnglishWordShape.Capitalized && m.End == k + 1 && _gaz.IsAcronym(T[k].Norm)))
            {
                _s.Remove(m);
                continue;
            }

            // "Cherie Blair", "Hafez Assad": a first name before a known person's surname that is not that person's own
            // first name names someone else of the same family.
            if (m.Type == EntityType.Person && m.End - m.Start == 1 && m.Start > 0 && _s.CoverAt(m.Start - 1) is null
                && _shape[m.Start - 1] == EnglishWordShape.Capitalized && T[m.Start - 1].Kind == TokenKind.Word
                && !Has(m.Start - 1, EnglishWordClass.NotName | EnglishWordClass.TitleFirst | EnglishWordClass.TitleModifier | EnglishWordClass.Former)
                && FirstNameOfKnown(m.Start - 1) is null)
            {
                _s.Remove(m);
            }
        }
    }

    // ---------------------------------------------------------------- "US-led coalition"
    /// <summary>A knowledge-base body named after its leader ("a US-led coalition", "the Saudi-led coalition"): the
    /// country before "-led" inside the name LEADS it. Only the written "-led" says so; the same coalition named
    /// otherwise ("the international coalition") states nothing about who leads it.</summary>
    private void LedBy()
    {
        foreach (var m in _s.Mentions)
        {
            if (m.Source != "kb" || m.Type is not (EntityType.Organization or EntityType.Group) || m.End - m.Start < 4)
            {
                continue;
            }

            for (var k = m.Start; k + 2 < m.End; k++)
            {
                if (T[k + 1].Is('-') && T[k + 2].Norm == "led"
                    && _gaz.Lookup(T[k].Norm)?.Find(h => h.Entry.Type == EntityType.Country && h.Kind is NameKind.Name or NameKind.Demonym or NameKind.Metonym) is { } hit)
                {
                    AddFact(new Fact(_a.Canonical(hit.Entry.Entity), Predicate.Leads, m.Entity, "en.ner.led_by", m.Start, m.End - 1));
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- "the BBC's Paul Reynolds"
    /// <summary>An outlet's possessive before a person's name is its journalist: "The BBC's Paul Reynolds", "CNN's
    /// Jake Tapper" (a new name needs two words, as everywhere).</summary>
    private void OutletPossessives()
    {
        for (var x = 0; x < _s.Mentions.Count; x++)
        {
            var m = _s.Mentions[x];
            if (m.Type != EntityType.MediaOutlet || m.Kind != MentionKind.Name || m.End + 2 >= T.Count || T[m.End].Norm != "'s")
            {
                continue;
            }

            if (PersonAt(m.End + 1, out var end) is { } person)
            {
                var fact = new Fact(person, Predicate.WorksFor, m.Entity, "en.ner.outlet_possessive", m.Start, end - 1);
                fact.Qualifiers["role"] = "journalist";
                AddFact(fact);
            }
        }
    }

    // ---------------------------------------------------------------- surnames of somebody else
    /// <summary>
    /// A one-word knowledge-base alias of a person (a surname: "Bush", "Lee", "Trump") inside a longer capitalised
    /// name is somebody else: "Former NBC host Billy Bush", "Ivanka Trump", "Lee Hsien Loong said". The alias is dropped
    /// when an uncovered capitalised word that can be part of a name (not a function word of lexicon not_names, nor a
    /// title) stands right before it, or right after it — unless that word is a rule trigger or a speech verb of a
    /// title-case headline ("Assad Says…"); the title pass then reads the full name where a title introduces it.
    /// </summary>
    private void SurnameAliases()
    {
        for (var x = _s.Mentions.Count - 1; x >= 0; x--)
        {
            var m = _s.Mentions[x];
            if (m.Source != "kb" || m.Type != EntityType.Person || m.End != m.Start + 1 || !m.Entity.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var before = m.Start - 1;
            var after = m.End;
            var otherBefore = before >= 0 && NameWord(before) && !_a.Pack.Lexicon.Has(LanguagePack.TriggerWords, T[before]);
            var otherAfter = after < T.Count && NameWord(after) && !_a.Pack.Lexicon.Has(LanguagePack.TriggerWords, T[after]) && !_a.Pack.Lexicon.Has("speech", T[after]);
            if (!otherBefore && !otherAfter)
            {
                continue;
            }

            // A word of the person's own names ("Bashar Assad", "Recep Erdogan") is a variant of the same name: the
            // mention grows over it instead.
            var own = OwnNameWords(m.Entity);
            var start = otherBefore && own.Contains(T[before].Norm) ? before : m.Start;
            var end = otherAfter && own.Contains(T[after].Norm) ? after + 1 : m.End;
            if ((otherBefore && start == m.Start) || (otherAfter && end == m.End))
            {
                _s.Remove(m);
            }
            else
            {
                _s.Add(new Mention(start, end, m.Entity, MentionKind.Name, "kb"), replace: true);
            }
        }

        HashSet<string> OwnNameWords(Entity e)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var entry = _a.Kb.Get(e.Id);
            foreach (var name in (IEnumerable<string>)[e.Name, .. entry?.Aliases.GetValueOrDefault("en") ?? []])
            {
                foreach (var w in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(EnglishNormalizer.Key(w));
                }
            }

            return words;
        }

        bool NameWord(int j) => T[j].Kind == TokenKind.Word && _s.CoverAt(j) is null && _shape[j] == EnglishWordShape.Capitalized
            && !Has(j, EnglishWordClass.NotName | EnglishWordClass.TitleFirst);
    }

    // ---------------------------------------------------------------- ministries
    private void Ministries()
    {
        for (var i = 0; i < T.Count; i++)
        {
            // "Russian Foreign Ministry", "U.S. State Department", "Chinese foreign ministry".
            if (_s.StartAt(i) is { } m && m.Type == EntityType.Country && m.Kind is MentionKind.Demonym or MentionKind.Name)
            {
                // "Ukraine's interior ministry": the possessive before the head word.
                var headAt = m.Kind == MentionKind.Name && m.End + 1 < T.Count && T[m.End].Norm == "'s" ? m.End + 1 : m.End;
                var mayStart = MayStartMinistry(headAt);
                for (var mi = 0; mayStart && mi < _ner.Ministries.Count; mi++)
                {
                    var (entry, _, heads) = _ner.Ministries[mi];
                    var end = MatchAny(headAt, heads);
                    if (end > 0 && _s.IsFree(m.End, end))
                    {
                        AddMinistry(entry, m.Entity, i, end);
                        i = end - 1;
                        goto next;
                    }
                }
            }

            // "Ministry of Foreign Affairs of Qatar", "the foreign ministry of China".
            if (_s.CoverAt(i) is null && MayStartMinistry(i))
            {
                foreach (var (entry, _, heads) in _ner.Ministries)
                {
                    var end = MatchAny(i, heads);
                    if (end < 0 || !_s.IsFree(i, end) || end >= T.Count || T[end].Norm != "of")
                    {
                        continue;
                    }

                    var k = SkipThe(end + 1);
                    if (_s.StartAt(k) is { Type: EntityType.Country, IsArgument: true } c)
                    {
                        AddMinistry(entry, c.Entity, i, c.End);
                        i = c.End - 1;
                        goto next;
                    }
                }
            }

        next:;
        }
    }

    /// <summary>Whether a ministry head phrase can start at token <paramref name="j"/> (by its first word).</summary>
    private bool MayStartMinistry(int j) =>
        _ner.MinistryHeadAnywhere || Has(j, EnglishWordClass.MinistryHeadStart);

    private void AddMinistry(MinistryEntry entry, Entity country, int start, int end)
    {
        var body = MinistryEntity(entry, country, start, end);
        if (_s.Add(new Mention(start, end, body, MentionKind.Name, "en.ner.ministry"), replace: true))
        {
            AddFact(new Fact(body, Predicate.PartOf, country, "en.ner.ministry.part_of", start, end - 1));
        }
    }

    /// <summary>The ministry of a country: the knowledge-base body when one is listed under one of the usual English
    /// names, else <c>org:&lt;ISO&gt;-&lt;slug&gt;</c> named "&lt;Adjective&gt; &lt;Ministry&gt;" (the id the Arabic
    /// recogniser gives the same body).</summary>
    private Entity MinistryEntity(MinistryEntry entry, Entity country, int start, int end, string? officeDate = null)
    {
        var date = _a.Article.Date ?? officeDate;
        var kbCountry = _a.Kb.Get(country.Id);
        var code = country.Id.StartsWith("country:", StringComparison.Ordinal) ? country.Id["country:".Length..] : Romanizer.Slug(country.Name);
        var id = $"org:{code}-{entry.Slug}";
        if (_a.Kb.Get(id) is { } byId)
        {
            return _a.Canonical(byId.Entity);
        }

        var templates = _ner.KbNamesOf(entry);
        var countryNames = new List<string> { country.Name };
        var adjectives = new List<string>();
        if (kbCountry is not null)
        {
            countryNames.AddRange(kbCountry.Aliases.GetValueOrDefault("en") ?? []);
            adjectives.AddRange((kbCountry.Demonyms.GetValueOrDefault("en") ?? []).Where(d => !d.EndsWith('s')));
        }

        foreach (var template in templates)
        {
            var fills = template.Contains("{adj}", StringComparison.Ordinal) ? adjectives : countryNames;
            foreach (var fill in fills)
            {
                var key = _gaz.KeyOf(template.Replace("{adj}", fill, StringComparison.Ordinal).Replace("{country}", fill, StringComparison.Ordinal));
                if (_gaz.Lookup(key) is { } hits && hits.FirstOrDefault(h => h.Entry.Type == EntityType.Organization && (h.Entry.PartOf == country.Id || h.Entry.BasedIn == country.Id)) is { } hit)
                {
                    return _a.Canonical(AsOf(hit.Entry, date).Entity);
                }
            }
        }

        var adjective = kbCountry?.EnglishAdjective ?? country.Name;
        var name = $"{adjective} {entry.English}";
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name };
        _ = start;
        _ = end;
        return _a.Canonical(new Entity(id, name, EntityType.Organization, labels));
    }

    /// <summary>The body as it was on <paramref name="date"/>: before a renamed body's start date, the one it replaced
    /// (the UK Foreign and Commonwealth Office before the FCDO of September 2020).</summary>
    private KbEntry AsOf(KbEntry body, string? date)
    {
        while (date is not null && body.From is { } from && string.CompareOrdinal(date, from) < 0 && body.Replaces is { } old && _a.Kb.Get(old) is { } before)
        {
            body = before;
        }

        return body;
    }

    /// <summary>When a known person held the office of this title: dates an undated article ("Foreign Secretary Jack
    /// Straw" in a 2004 story names the Foreign and Commonwealth Office).</summary>
    private string? OfficeDate(Entity person, EnglishTitle title)
    {
        if (_a.Kb.Get(person.Id) is not { } entry)
        {
            return null;
        }

        var words = title.Text;
        return entry.Offices.FirstOrDefault(o => o.From is not null && (o.Role == title.Role || o.Role == words || (title.Ministry is { } mm && o.Role == mm.MinisterRole)))?.From;
    }

    // ---------------------------------------------------------------- state nouns
    private void StateNouns()
    {
        foreach (var m in _s.Mentions.ToList())
        {
            // "Assad's government", "the government of Bashar al-Assad", "the Obama administration": a head of state or
            // government's own government is the state, and names the leader of it.
            if (m.Type == EntityType.Person && m.IsArgument && LeaderStateNoun(m) is { } led)
            {
                continue;
            }

            if (m.Kind == MentionKind.Demonym && m.Type == EntityType.Country && Has(m.End, EnglishWordClass.StateNoun) && _s.CoverAt(m.End) is null)
            {
                _s.Add(new Mention(m.Start, m.End + 1, m.Entity, MentionKind.Name, "en.ner.state_noun"), replace: true);
                continue;
            }

            // "Niger's new military rulers", "Sudan's army": a country's own state body speaks and acts for it.
            if (m.Kind == MentionKind.Name && m.Type == EntityType.Country && m.End + 1 < T.Count && T[m.End].Norm == "'s")
            {
                for (var k = m.End + 1; k < T.Count && k < m.End + 5 && _s.CoverAt(k) is null; k++)
                {
                    var noun = Has(k, EnglishWordClass.StateNoun);
                    if (noun && !Has(k + 1, EnglishWordClass.StateNoun))
                    {
                        _s.Add(new Mention(m.Start, k + 1, m.Entity, MentionKind.Name, "en.ner.state_noun"), replace: true);
                        break;
                    }

                    // "Pakistan's civilian and military leaders": adjectives of the state's own bodies may come between.
                    if (!noun && !Has(k, EnglishWordClass.TitleModifier) && T[k].Norm is not ("ruling" or "transitional" or "civilian" or "political")
                        && !(T[k].Norm == "and" && Has(k + 1, EnglishWordClass.StateNoun)))
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The state mention made of a leader and a state noun around him ("Assad's government", "the regime of
    /// Bashar al-Assad", "the Obama administration"), when the knowledge base says he led a country on the article
    /// date (any time when it is undated); null when the words are not there.</summary>
    private Mention? LeaderStateNoun(Mention m)
    {
        int start;
        int end;
        if (m.End + 1 < T.Count && T[m.End].Norm == "'s" && Has(m.End + 1, EnglishWordClass.StateNoun) && _s.CoverAt(m.End + 1) is null)
        {
            (start, end) = (m.Start, m.End + 2);
        }
        else if (m.End < T.Count && Has(m.End, EnglishWordClass.StateNoun) && T[m.End].Norm is "administration" or "government" or "regime" && _s.CoverAt(m.End) is null)
        {
            (start, end) = (m.Start > 0 && T[m.Start - 1].Norm == "the" ? m.Start - 1 : m.Start, m.End + 1);
        }
        else if (m.Start >= 2 && T[m.Start - 1].Norm == "of" && Has(m.Start - 2, EnglishWordClass.StateNoun) && _s.CoverAt(m.Start - 2) is null)
        {
            (start, end) = (m.Start >= 3 && T[m.Start - 3].Norm == "the" ? m.Start - 3 : m.Start - 2, m.End);
        }
        else
        {
            return null;
        }

        if (T[end - 1].Norm is not ("government" or "regime" or "administration" or "authorities" or "leadership" or "cabinet") && T[start].Norm != "the" && !Has(start, EnglishWordClass.StateNoun))
        {
            return null;
        }

        if (LedCountry(m.Entity) is not { } led)
        {
            return null;
        }

        var state = new Mention(start, end, led.Country, MentionKind.Name, "en.ner.leader_state");
        if (!_s.Add(state, replace: true))
        {
            return null;
        }

        var f = new Fact(m.Entity, Predicate.Leads, led.Country, "en.ner.leader_state", start, end - 1);
        f.Qualifiers["role"] = led.Role;
        AddFact(f);
        return state;
    }

    /// <summary>The country a known person led (as head of state or government) on the article date.</summary>
    private (Entity Country, string Role)? LedCountry(Entity person)
    {
        if (_a.Kb.Get(person.Id) is not { } entry)
        {
            return null;
        }

        var date = _a.Article.Date;
        foreach (var o in entry.Offices)
        {
            if (o.Role is not ("president" or "prime minister" or "king" or "emir" or "sultan" or "supreme leader" or "chancellor")
                || (date is not null && ((o.From is { } from && string.CompareOrdinal(date, from) < 0) || (o.To is { } to && string.CompareOrdinal(to, date) < 0))))
            {
                continue;
            }

            if (_a.Kb.Get(o.Of) is { Type: EntityType.Country } c)
            {
                return (_a.Canonical(c.Entity), o.Role);
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- titles before names
    private void Titles()
    {
        for (var i = 0; i < T.Count; i++)
        {
            // A country, a capital standing for it ("Moscow's ambassador"), an organisation or outlet ("the BBC's
            // political editor") or a person whose alias starts with a title may open a title phrase.
            if (_s.CoverAt(i) is { } covered && !(covered.Start == i && (covered.Type is EntityType.Country or EntityType.Organization or EntityType.MediaOutlet or EntityType.Person
                || covered is { Kind: MentionKind.Metonym, State: not null })))
            {
                continue;
            }

            // Most tokens cannot open a title phrase; only these can (see Phrase), so it is not entered elsewhere.
            if (!Has(i, TitlePhraseOpeners) && _s.StartAt(i) is not ({ Type: EntityType.Country or EntityType.Organization or EntityType.MediaOutlet } or { Kind: MentionKind.Metonym, State: not null }))
            {
                continue;
            }

            var phrase = Phrase(i, allowInsidePerson: true);
            if (phrase is null)
            {
                OutletsJournalist(i);
                continue;
            }

            var p = phrase.Value;
            Entity? person;
            int nameStart;
            int nameEnd;
            if (p.Inside is { } inside)
            {
                (person, nameStart, nameEnd) = (inside.Entity, inside.Start, inside.End);
            }
            else
            {
                // "the president (Obama)": the name in brackets after the title; "his Israeli counterpart, Ariel
                // Sharon," and "the Palestinian leader, Mahmoud Abbas.": after a comma, when the name closes the
                // apposition (a comma, a full stop, a verb of saying or the end follows it); not after a title that
                // needs its "of" and has only a nationality ("the Russian lawyer, Natalia X": a lawyer from Russia).
                nameStart = p.End;
                var bracket = nameStart + 2 < T.Count && T[nameStart].Is('(');
                var comma = !bracket && nameStart + 2 < T.Count && T[nameStart].Is(',') && (i == 0 || _ner.TitleOpeners.Contains(T[i - 1].Norm) || T[i - 1].Kind == TokenKind.Punct)
                    && !(p.Org is null && p.Titles.Exists(t => t.NeedsOf && t.Of == "any"));
                person = PersonAt(bracket || comma ? nameStart + 1 : nameStart, out nameEnd);
                if (bracket && person is not null)
                {
                    person = nameEnd < T.Count && T[nameEnd].Is(')') ? person : null;
                    nameEnd++;
                }
                else if (comma && person is not null && nameEnd < T.Count && !T[nameEnd].Is(',') && !T[nameEnd].Is('.') && T[nameEnd].Norm is not ("said" or "says" or "told"))
                {
                    person = null;
                }

                // "Russia's envoy to NATO, Alexander Grushko, said": a country's or body's office holder named in
                // apposition after the title; the name must close the apposition (a comma, the verb of saying, the end).
                // Not a title that says nothing without its "of" ("the Russian lawyer, Natalia X": a lawyer from Russia).
                if (person is null && (p.Country is not null || p.Org is not null) && nameStart + 2 < T.Count && T[nameStart].Is(',') && _s.StartAt(i) is not null
                    && !p.Titles.Exists(t => t.NeedsOf))
                {
                    person = PersonAt(nameStart + 1, out nameEnd);
                    if (person is not null && !(nameEnd >= T.Count || T[nameEnd].Is(',') || T[nameEnd].Is('.') || T[nameEnd].Norm is "said" or "says" or "told"))
                    {
                        person = null;
                    }
                }
            }

            if (person is null)
            {
                continue;
            }

            // One mention from the first modifier to the end of the name: a slot that starts at the title is the person.
            // The name part as written is the person's surface ("Sergei Lavrov" for the knowledge base's Sergey).
            if (p.Inside is null && nameEnd > nameStart)
            {
                _a.NoteSurface(person.Id, Surface(T[nameStart].Is('(') || T[nameStart].Is(',') ? nameStart + 1 : nameStart, T[nameEnd - 1].Is(')') ? nameEnd - 1 : nameEnd));
            }

            _s.Add(new Mention(i, nameEnd, person, MentionKind.Name, "en.ner.title"), replace: true);
            Emit(p, person, i, nameEnd - 1);
            i = nameEnd - 1;
        }
    }

    /// <summary>"The BBC's Paul Reynolds", "CNN's Christiane Amanpour": a name right after an outlet's possessive is
    /// its journalist.</summary>
    private void OutletsJournalist(int i)
    {
        if (_s.StartAt(i) is not { Type: EntityType.MediaOutlet, Kind: MentionKind.Name } outlet || outlet.End + 2 >= T.Count || T[outlet.End].Norm != "'s"
            || _s.CoverAt(outlet.End + 1) is not null)
        {
            return;
        }

        // "the BBC's Politics Show": a name with an organisation or outlet head word is a programme, not a journalist.
        if ((NameSpan(outlet.End + 1, out var nameEnd) < 2 || Has(nameEnd - 1, EnglishWordClass.OrgHead) || T[nameEnd - 1].Norm == "show") && _s.StartAt(outlet.End + 1) is null)
        {
            return;
        }

        if (PersonAt(outlet.End + 1, out var end) is not { } person)
        {
            return;
        }

        var f = new Fact(person, Predicate.WorksFor, outlet.Entity, "en.ner.outlet_possessive", i, end - 1);
        f.Qualifiers["role"] = "journalist";
        AddFact(f);
    }

    /// <summary>The text of tokens [start, end) as written, whitespace collapsed.</summary>
    private string Surface(int start, int end) =>
        end <= start ? string.Empty : string.Join(' ', _text[T[start].Start..T[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // ---------------------------------------------------------------- appositions
    private void Appositions()
    {
        for (var i = 0; i + 2 < T.Count; i++)
        {
            Entity? person = null;
            int pend;
            if (_s.StartAt(i) is { Type: EntityType.Person, IsArgument: true } pm)
            {
                person = pm.Entity;
                pend = pm.End;
            }
            else if (_s.CoverAt(i) is null && (i == 0 || !IsCapWord(i - 1)) && NameSpan(i, out pend) >= 2)
            {
                // A new name is only taken when the apposition below confirms it is a person.
            }
            else
            {
                continue;
            }

            if (pend >= T.Count - 1 || !T[pend].Is(','))
            {
                continue;
            }

            var j = pend + 1;
            // "Brad Adams, from the UK's Human Rights Watch": past a country's possessive to the body.
            var fromAt = SkipThe(j + 1);
            if (T[j].Norm == "from" && _s.StartAt(fromAt) is { Type: EntityType.Country } owner && owner.End + 1 < T.Count && T[owner.End].Norm == "'s")
            {
                fromAt = owner.End + 1;
            }

            if (T[j].Norm == "from" && _s.StartAt(fromAt) is { IsArgument: true } from && from.Type is EntityType.Organization or EntityType.MediaOutlet)
            {
                person ??= NewPerson(i, pend);
                AddFact(new Fact(person, Predicate.WorksFor, from.Entity, "en.ner.apposition.from", i, from.End - 1));
                i = from.End - 1;
                continue;
            }

            if (T[j].Norm is "a" or "an" or "the" or "his" or "her" or "its" or "their")
            {
                j++;
            }

            var phrase = Phrase(j, allowInsidePerson: false);
            if (phrase is null)
            {
                continue;
            }

            person ??= NewPerson(i, pend);
            Emit(phrase.Value, person, i, phrase.Value.End - 1);

            // The title phrase names the same person: it is no described "British ambassador" of its own.
            _s.Add(new Mention(j, phrase.Value.End, person, MentionKind.Name, "en.ner.apposition"), replace: true);
            i = phrase.Value.End - 1;
        }
    }

    // ---------------------------------------------------------------- title phrases
    /// <summary>The words a title phrase can start with when no country or organisation mention starts it.</summary>
    private const EnglishWordClass TitlePhraseOpeners = EnglishWordClass.Former | EnglishWordClass.PartyAdjective | EnglishWordClass.TitleModifier | EnglishWordClass.TitleFirst;

    private readonly record struct TitlePhrase(List<EnglishTitle> Titles, Entity? Country, Entity? Org, Entity? Party, bool Former, int End, Mention? Inside);

    /// <summary>[former|then -] [demonym | country | organisation | party | senior…]* title [title]* [of|for|at|to X]:
    /// the titles and what they are of, or null when no title is there.</summary>
    private TitlePhrase? Phrase(int i, bool allowInsidePerson)
    {
        var j = i;
        var former = false;
        Entity? country = null;
        Entity? org = null;
        Entity? party = null;
        var steps = 0;
        while (j < T.Count && steps++ < 6)
        {
            var t = T[j];
            var m = _s.StartAt(j);
            if (m is null && Has(j, EnglishWordClass.Former))
            {
                former = true;
                j++;
                continue;
            }

            if (t.Is('-') && j > i)
            {
                j++;
                continue;
            }

            // "Vietnam's President Tran Dai Quang", "the BBC's political editor", "Moscow's ambassador": a named country,
            // body or capital in the possessive holds the office as its adjective does ("Vietnamese President").
            var after = m is { Kind: MentionKind.Name or MentionKind.Metonym } && AfterPossessive(m.End) is var ap && ap > m.End ? ap : m?.End ?? j;
            if (m is not null && (m.Type == EntityType.Country || (m.Kind == MentionKind.Metonym && m.State is not null))
                && m.Kind is MentionKind.Demonym or MentionKind.Name or MentionKind.Metonym && (TitleAt(after).Title is not null || IsModifier(after)))
            {
                // "Lebanon's pro-Syrian prime minister": the country the office holder favours is not the office's.
                if (!(m.Start >= 2 && T[m.Start - 1].Is('-') && _ner.StanceWords.Contains(T[m.Start - 2].Norm)))
                {
                    country ??= m.State ?? m.Entity;
                }

                j = after;
                continue;
            }

            if (m is not null && m.Kind == MentionKind.Name && m.Type is EntityType.Organization or EntityType.MediaOutlet && (TitleAt(after).Title is not null || IsModifier(after)))
            {
                org ??= m.Entity;
                j = after;
                continue;
            }

            if (m is null && Has(j, EnglishWordClass.PartyAdjective) && _ner.PartyAdjectives.TryGetValue(t.Norm, out var partyId) && IsCapWord(j) && _a.Kb.Get(partyId) is { } pe)
            {
                party = _a.Canonical(pe.Entity);
                j++;
                continue;
            }

            if (m is null && Has(j, EnglishWordClass.TitleModifier) && TitleAt(j).Title is null)
            {
                j++;
                continue;
            }

            break;
        }

        // Made on the first title only: most positions start no title phrase.
        List<EnglishTitle>? titles = null;
        Mention? inside = null;
        while (j < T.Count)
        {
            var (title, end) = TitleAt(j);
            if (title is null)
            {
                break;
            }

            if (_s.CoverAt(j) is { } c)
            {
                // A knowledge-base alias that starts with its title ("President Bashar al-Assad").
                if (allowInsidePerson && c.Type == EntityType.Person && c.Start == j && end < c.End)
                {
                    (titles ??= []).Add(title);
                    inside = c;
                }

                break;
            }

            (titles ??= []).Add(title);
            j = end;

            // "Ambassador to the United States", "Secretary-General of the Arab League", "correspondent for the BBC".
            if (j < T.Count && T[j].Norm is "to" or "of" or "for" or "at" or "in")
            {
                var k = SkipThe(j + 1);
                if (_s.StartAt(k) is { IsArgument: true } x && x.Type is EntityType.Country or EntityType.Organization or EntityType.MediaOutlet or EntityType.Location)
                {
                    if (T[j].Norm is "of" or "for" or "at")
                    {
                        if (x.Type == EntityType.Country)
                        {
                            country = x.State ?? x.Entity;
                        }
                        else if (x.Type is EntityType.Organization or EntityType.MediaOutlet)
                        {
                            org = x.Entity;
                        }
                    }

                    j = x.End;
                }
            }
        }

        return titles is null ? null : new TitlePhrase(titles, country, org, party, former, j, inside);
    }

    /// <summary>The token after a possessive "'s" at <paramref name="j"/>, or <paramref name="j"/> when there is none.</summary>
    private int AfterPossessive(int j) => j + 1 < T.Count && T[j].Norm == "'s" ? j + 1 : j;

    private bool IsModifier(int j) =>
        j < T.Count && (Has(j, EnglishWordClass.TitleModifier) || T[j].Is('-') || _s.StartAt(j) is { Type: EntityType.Organization, Kind: MentionKind.Name });

    private (EnglishTitle? Title, int End) TitleAt(int j)
    {
        if (!Has(j, EnglishWordClass.TitleFirst) || T[j].Kind != TokenKind.Word || !_ner.TitlesByFirst.TryGetValue(T[j].Norm, out var list))
        {
            return (null, -1);
        }

        foreach (var t in list)
        {
            if (Matches(j, t.Words))
            {
                return (t, j + t.Words.Length);
            }
        }

        return (null, -1);
    }

    private void Emit(TitlePhrase p, Entity person, int first, int last)
    {
        foreach (var title in p.Titles)
        {
            var role = title.Role;
            var predicate = title.Predicate;
            Entity? of = null;
            MinistryEntry? ministry = title.Ministry;
            switch (title.Of)
            {
                case "Country":
                    // A rank says nothing of its country by itself ("Coup leader General Brice Oligui Nguema" in an Addis
                    // Ababa story): no dateline guess for a title that needs its "of".
                    of = p.Country ?? Office(person, title, EntityType.Country) ?? (title.Predicate == "WORKS_FOR" && !title.NeedsOf ? Dated(person, p) : null);
                    break;
                case "ministry":
                    of = Office(person, title, EntityType.Organization);
                    var c = p.Country ?? Office(person, title, EntityType.Country) ?? (of is null ? Dated(person, p) : null);
                    if (of is null && c is not null && ministry is not null)
                    {
                        of = MinistryEntity(ministry, c, first, last + 1, OfficeDate(person, title));
                        AddFact(new Fact(of, Predicate.PartOf, c, "en.ner.ministry.part_of", first, last));
                    }

                    break;
                case "Organization":
                    of = p.Org ?? Office(person, title, EntityType.Organization);
                    break;
                case "MediaOutlet":
                    of = p.Org is { Type: EntityType.MediaOutlet } media ? media : null;
                    break;
                case "party":
                    of = p.Party;
                    break;
                case "counterpart":
                    // The counterpart of the nearest person before the title ("Kerry said alongside his Qatari
                    // counterpart"): same office, the other country.
                    var mate = Resolution.Antecedent(_a, _s, first, [EntityType.Person], person);
                    var mateTitle = mate is null ? null : _a.Titles.TryGetValue(mate.Id, out var stated) ? stated : KbTitle(mate);
                    if (mateTitle is { } lastTitle && p.Country is { } cc)
                    {
                        if (lastTitle.Ministry is { } lm)
                        {
                            of = MinistryEntity(lm, cc, first, last + 1);
                            role = lm.MinisterRole;
                            predicate = "LEADS";
                            ministry = lm;
                        }
                        else if (lastTitle.Predicate == "LEADS")
                        {
                            of = cc;
                            role = lastTitle.Role;
                            predicate = "LEADS";
                        }
                    }

                    break;
                case "any":
                    // "Tory leader Michael Howard": a party adjective names what the title is of.
                    of = p.Org ?? p.Party ?? p.Country ?? Office(person, title, null);
                    break;
                default:
                    predicate = "NONE";
                    break;
            }

            if (title.Of != "counterpart" && predicate != "NONE")
            {
                _a.Titles[person.Id] = (role, predicate, ministry);
            }

            if (of is null || of.Id == person.Id || !RelationSchema.TryParsePredicate(predicate, out var pr) || pr is not (Predicate.Leads or Predicate.WorksFor))
            {
                continue;
            }

            if (Array.IndexOf(SchemaTypes.Of(pr).Object, of.Type) < 0)
            {
                continue;
            }

            var fact = new Fact(person, pr, of, title.RuleId, first, last);
            fact.Qualifiers["role"] = p.Former ? "former " + role : role;
            AddFact(fact);
            if (!p.Former)
            {
                _a.Affiliation[person.Id] = of;
            }
        }
    }

    /// <summary>The title of a known person's office on the article date (any office when the article is undated), for
    /// a counterpart named before the article gave the person's own title ("Jack Straw's country residence … his Spanish
    /// counterpart Miguel Moratinos").</summary>
    private (string Role, string Predicate, MinistryEntry? Ministry)? KbTitle(Entity person)
    {
        if (_a.Kb.Get(person.Id) is not { } entry)
        {
            return null;
        }

        var date = _a.Article.Date;
        foreach (var o in entry.Offices)
        {
            if (date is not null && ((o.From is { } from && string.CompareOrdinal(date, from) < 0) || (o.To is { } to && string.CompareOrdinal(to, date) < 0)))
            {
                continue;
            }

            foreach (var t in _ner.Titles)
            {
                if (t.Predicate is "LEADS" or "WORKS_FOR" && (t.Role == o.Role || t.Text == o.Role || (t.Ministry is { } mm && mm.MinisterRole == o.Role)))
                {
                    return (t.Ministry?.MinisterRole ?? t.Role, t.Predicate, t.Ministry);
                }
            }
        }

        return null;
    }

    /// <summary>A bare title of someone the knowledge base does not know ("Foreign Minister Margus Tsahkna" in a story
    /// datelined TALLINN) is an office of the dateline's country; not a head of state's, whom stories name from abroad
    /// ("ADDIS ABABA … ousted President Ali Bongo").</summary>
    private Entity? Dated(Entity person, TitlePhrase p) =>
        !p.Former && _a.Kb.Get(person.Id) is null ? _a.DatelineCountry : null;

    /// <summary>What a known person's office with this title is of (the knowledge base's dated offices), preferring the
    /// office held on the article date.</summary>
    private Entity? Office(Entity person, EnglishTitle title, EntityType? type)
    {
        if (_a.Kb.Get(person.Id) is not { } entry || entry.Offices.Count == 0)
        {
            return null;
        }

        var words = title.Text;
        var date = _a.Article.Date;
        KbEntry? best = null;
        var bestCurrent = false;
        foreach (var o in entry.Offices)
        {
            var role = o.Role.ToLowerInvariant();
            // The title's role word inside a longer office name: "adviser" of "senior adviser to the president".
            var inside = title.Role.Length > 0 && ContainsWords(role, title.Role);
            if (role != title.Role && role != words && !inside && !(title.Ministry is { } mm && role == mm.MinisterRole))
            {
                continue;
            }

            if (_a.Kb.Get(o.Of) is not { } of || (type is not null && of.Type != type))
            {
                continue;
            }

            var current = date is null || ((o.From is null || string.CompareOrdinal(o.From, date) <= 0) && (o.To is null || string.CompareOrdinal(date, o.To) <= 0));
            if (best is null || (current && !bestCurrent))
            {
                best = of;
                bestCurrent = current;
            }
        }

        return best is null ? null : _a.Canonical(best.Entity);
    }

    // ---------------------------------------------------------------- names
    /// <summary>The person named at k: a known person, or a new capitalised name of two words or more.</summary>
    private Entity? PersonAt(int k, out int end)
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
                // A one-word knowledge-base name (a surname alias: "Lee") that more name words continue is somebody
                // else: "Singapore Prime Minister Lee Hsien Loong". Not when the next capitalised word is a verb of a
                // title-case headline ("Assad Says…", "Putin Warns…"): a rule trigger or a speech verb.
                if (m.Source == "kb" && m.End == k + 1 && m.Entity.Name.Contains(' ', StringComparison.Ordinal) && m.End < T.Count
                    && !_a.Pack.Lexicon.Has(LanguagePack.TriggerWords, T[m.End]) && !_a.Pack.Lexicon.Has("speech", T[m.End])
                    && NameSpan(m.End, out var tail) > 0)
                {
                    _s.Remove(m);
                    end = tail;
                    return NewPerson(k, tail);
                }

                end = m.End;
                return m.Entity;
            }

            return null;
        }

        if (FirstNameOfKnown(k) is { } known)
        {
            end = known.End;
            _s.Add(new Mention(k, end, known.Entity, MentionKind.Name, "en.ner.name"), replace: true);
            return known.Entity;
        }

        if (NameSpan(k, out end) < 2)
        {
            return null;
        }

        return NewPerson(k, end);
    }

    /// <summary>"Recep Erdogan": a capitalised word before a known person's surname that is that person's own first
    /// name (not any first name: "Cherie Blair" is not Tony Blair).</summary>
    private Mention? FirstNameOfKnown(int k)
    {
        if (k + 1 >= T.Count || !IsCapWord(k) || Has(k, EnglishWordClass.NotName | EnglishWordClass.TitleFirst)
            || _s.StartAt(k + 1) is not { Type: EntityType.Person, IsArgument: true } m || m.End - m.Start != 1)
        {
            return null;
        }

        if (StartsWithWord(m.Entity.Name, T[k].Norm))
        {
            return m;
        }

        // Other spellings of the full name ("Sergei Lavrov" for Sergey Lavrov).
        if (_a.Kb.Get(m.Entity.Id)?.Aliases.GetValueOrDefault("en") is { } aliases)
        {
            foreach (var alias in aliases)
            {
                if (StartsWithWord(alias, T[k].Norm))
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the name's first word is this word, in any romanisation ("Ahmad" and "Ahmed", "Sergei" and
    /// "Sergey" share their consonant key).</summary>
    private static bool StartsWithWord(string name, string word)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && (name.AsSpan(0, space).Equals(word, StringComparison.OrdinalIgnoreCase)
            || CrossScriptNameKey.Of(name[..space]) == CrossScriptNameKey.Of(word));
    }

    /// <summary>The number of name words of the capitalised name at k, and where it ends.</summary>
    private int NameSpan(int k, out int end)
    {
        var j = k;
        var words = 0;
        var lastWordEnd = k;
        while (j < T.Count && words < 6)
        {
            var t = T[j];
            if (t.Kind == TokenKind.Word && _s.CoverAt(j) is null && IsCapWord(j) && !Has(j, EnglishWordClass.NotName | EnglishWordClass.TitleFirst))
            {
                j++;
                words++;
                if (_shape[j - 1] == EnglishWordShape.Initial && j < T.Count && T[j].Is('.'))
                {
                    j++;
                }

                lastWordEnd = j;
                continue;
            }

            if (t.Kind == TokenKind.Word && _s.CoverAt(j) is null && Has(j, EnglishWordClass.NameParticle) && j + 1 < T.Count
                && (IsCapWord(j + 1) || (T[j + 1].Is('-') && T[j + 1].Start == t.End)))
            {
                j++;
                continue;
            }

            if (t.Is('-') && words > 0 && j > 0 && T[j - 1].End == t.Start && j + 1 < T.Count && T[j + 1].Start == t.End && T[j + 1].Kind == TokenKind.Word)
            {
                j++;
                continue;
            }

            break;
        }

        end = lastWordEnd;
        return words;
    }

    private Entity NewPerson(int start, int end)
    {
        var surface = string.Join(' ', _text[T[start].Start..T[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = EnglishNormalizer.Key(surface);
        if (_a.LearntNames.TryGetValue(key, out var known))
        {
            _s.Add(new Mention(start, end, known, MentionKind.Name, "en.ner.name"), replace: false);
            return known;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = surface };
        var e = _a.Canonical(new Entity(CrossScriptNameKey.PersonId(key), surface, EntityType.Person, labels));
        _s.Add(new Mention(start, end, e, MentionKind.Name, "en.ner.name"), replace: false);

        // The full name and the surname alone name this person for the rest of the article ("Blagoy said").
        _a.LearntNames[key] = e;
        var surname = T[end - 1].Norm;
        if (surname.Length >= 3 && !Has(end - 1, EnglishWordClass.NotName) && _gaz.Lookup(surname) is null)
        {
            _a.LearntNames.TryAdd(surname, e);
        }

        return e;
    }

    // ---------------------------------------------------------------- described people and groups
    private void Described()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            var j = i;
            while (j < T.Count && _s.CoverAt(j) is null && Has(j, EnglishWordClass.TitleModifier) && _shape[j] == EnglishWordShape.Lower)
            {
                j++;
            }

            if (j >= T.Count - 1)
            {
                break;
            }

            Entity? country = null;
            int nounAt;
            var possessive = false;
            if (_s.StartAt(j) is { } m)
            {
                // "Iran's ambassador", "Russia's charge d'affaires": a country's own envoy or official, like "Iranian".
                possessive = m.Kind == MentionKind.Name && m.Type == EntityType.Country && m.End + 1 < T.Count && T[m.End].Norm == "'s";

                // "a senior White House official", "Kremlin officials": a seat of government stands for its state.
                var seat = m.Kind == MentionKind.Metonym && m.State is { Type: EntityType.Country } && !possessive && !(m.Start > 0 && T[m.Start - 1].Is('-')) ? m.State : null;
                if (!(m.Kind == MentionKind.Demonym || (m.Kind == MentionKind.Name && m.Type is EntityType.Organization or EntityType.MediaOutlet) || possessive || seat is not null))
                {
                    continue;
                }

                country = seat ?? (m.Type == EntityType.Country ? m.Entity : null);
                nounAt = possessive ? m.End + 1 : m.End;
            }
            else if (_s.CoverAt(j) is null && _shape[j] == EnglishWordShape.Capitalized && !Has(j, EnglishWordClass.NotName) && T[j].Kind == TokenKind.Word)
            {
                // "Arab foreign ministers": a capitalised adjective the knowledge base does not list.
                nounAt = j + 1;
            }
            else
            {
                continue;
            }

            // Only the nouns that start with this word can match here (the list is in the same longest-first order).
            if (!Has(nounAt, EnglishWordClass.DescribedFirst) || !_ner.DescribedByFirst.TryGetValue(T[nounAt].Norm, out var described))
            {
                continue;
            }

            foreach (var (words, type, worksFor) in described)
            {
                // A seat of government names an official's employer, not where a group is ("anti-Damascus militants").
                if (!Matches(nounAt, words) || !_s.IsFree(nounAt, nounAt + words.Length) || (possessive && type != EntityType.Person)
                    || (_s.StartAt(j) is { Kind: MentionKind.Metonym } && !(type == EntityType.Person && worksFor)))
                {
                    continue;
                }

                var end = nounAt + words.Length;

                // A name after it makes it a title ("Israeli official Ron Dermer"), handled elsewhere; a named body after it
                // makes the noun an adjective ("China's official Xinhua news agency").
                if (end < T.Count && ((IsCapWord(end) && _s.CoverAt(end) is null && !Has(end, EnglishWordClass.NotName))
                    || _s.StartAt(end) is { IsArgument: true, Type: EntityType.Organization or EntityType.MediaOutlet }))
                {
                    break;
                }

                // "Syria's official news agency", "Turkey's official Anadolu Agency": an adjective before a body or outlet.
                if (words.Length == 1 && words[0] == "official" && end < T.Count
                    && (T[end].Norm == "news" || Has(end, EnglishWordClass.OrgHead) || _s.StartAt(end) is { Type: EntityType.Organization or EntityType.MediaOutlet }))
                {
                    break;
                }

                // "Russia's envoy to NATO, Alexander Grushko": the name in apposition is the envoy.
                if (possessive && NamedInApposition(end))
                {
                    break;
                }

                var surface = string.Join(' ', _text[T[i].Start..T[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var id = (type == EntityType.Person ? "person:" : "group:") + Romanizer.Slug(EnglishNormalizer.Key(surface));
                var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = surface };
                var e = _a.Canonical(new Entity(id, surface, type, labels));
                var employer = country ?? (type == EntityType.Person && _s.StartAt(j) is { Type: EntityType.MediaOutlet or EntityType.Organization } body ? body.Entity : null);
                var added = _s.Add(new Mention(i, end, e, MentionKind.Name, "en.ner.described"), replace: true);
                if (added && type == EntityType.Person)
                {
                    _a.DescribedPeople.Add(e.Id);
                }

                if (added && (worksFor || country is null) && employer is not null)
                {
                    var f = new Fact(e, Predicate.WorksFor, employer, "en.ner.described.works_for", i, end - 1);
                    f.Qualifiers["role"] = string.Join(' ', words);
                    AddFact(f);
                }

                i = end - 1;
                break;
            }
        }
    }

    /// <summary>Whether a comma and a capitalised name follow within a short "to NATO" or "in Moscow" tail.</summary>
    private bool NamedInApposition(int from)
    {
        for (var k = from; k < T.Count && k < from + 5; k++)
        {
            if (T[k].Is(','))
            {
                return k + 1 < T.Count && IsCapWord(k + 1);
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- bare plural groups
    /// <summary>
    /// A plural group noun with no nationality ("dozens of protesters", "police fired on demonstrators") is a Group
    /// named by the noun: violence and arrest reports name their victims and agents this way. Lexicon set
    /// bare_groups; the word must be lower case (or open the sentence), so names and headlines stay out.
    /// </summary>
    private void BarePlurals()
    {
        var lex = _a.Pack.Lexicon;
        var bareGroups = lex.BitOf("bare_groups");
        for (var i = 0; i < T.Count; i++)
        {
            // The shape and cover first (array reads), then the lexicon's memoised list bit: an English token's only
            // reading is its norm, so this is the set membership of the word without hashing it again.
            var shape = _shape[i];
            if ((shape != EnglishWordShape.Lower && !(i == 0 && shape == EnglishWordShape.Capitalized)) || _s.CoverAt(i) is not null || !lex.Has(bareGroups, _s, i))
            {
                continue;
            }

            // "hundreds of protesters", "three civilians": the quantity opens the mention, the noun names the group.
            var start = i;
            if (start >= 2 && T[start - 1].Norm == "of" && _a.Pack.Lexicon.HasWhole("group_quantities", T[start - 2]) && _s.CoverAt(start - 2) is null)
            {
                start -= 2;
            }
            else if (start >= 1 && (_a.Pack.Lexicon.HasWhole("group_quantities", T[start - 1]) || T[start - 1].Kind == TokenKind.Number) && _s.CoverAt(start - 1) is null)
            {
                start--;
            }

            var name = T[i].Norm;
            var e = _a.Canonical(new Entity("group:" + Romanizer.Slug(name), name, EntityType.Group, new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name }));
            _s.Add(new Mention(start, i + 1, e, MentionKind.Name, "en.ner.bare_group"), replace: false);
        }
    }

    // ---------------------------------------------------------------- organisations by head word
    private void Organisations()
    {
        for (var i = 0; i < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || !IsCapWord(i) || Has(i, EnglishWordClass.NotName) && !Has(i, EnglishWordClass.OrgHead))
            {
                continue;
            }

            if (i > 0 && IsCapWord(i - 1) && _s.CoverAt(i - 1) is null && T[i - 1].Norm != "the")
            {
                continue;
            }

            var j = i;
            var words = 0;
            var lastWord = i;
            EntityType? type = null;
            while (j < T.Count && words < 7)
            {
                var t = T[j];
                if (t.Kind == TokenKind.Word && _s.CoverAt(j) is null && IsCapWord(j))
                {
                    if (Has(j, EnglishWordClass.OrgHead) && _ner.OrgHeads.TryGetValue(t.Norm, out var ht))
                    {
                        type = ht;
                    }

                    j++;
                    words++;
                    lastWord = j;
                    continue;
                }

                if (words > 0 && t.Norm is "of" or "for" or "and" or "on" && j + 1 < T.Count && IsCapWord(j + 1) && _s.CoverAt(j + 1) is null)
                {
                    j++;
                    continue;
                }

                break;
            }

            if (type is null || words < 2 || _shape[i] == EnglishWordShape.AllCaps && _shape[lastWord - 1] == EnglishWordShape.AllCaps)
            {
                continue;
            }

            var surface = string.Join(' ', _text[T[i].Start..T[lastWord - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var key = EnglishNormalizer.Key(surface);
            var prefix = type == EntityType.MediaOutlet ? "media:" : "org:";
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = surface };
            var e = _a.LearntNames.TryGetValue(key, out var known) ? known : _a.Canonical(new Entity(prefix + Romanizer.Slug(key), surface, type.Value, labels));
            if (_s.Add(new Mention(i, lastWord, e, MentionKind.Name, "en.ner.org_head"), replace: false))
            {
                _a.LearntNames[key] = e;
            }

            i = lastWord - 1;
        }
    }

    // ---------------------------------------------------------------- "the Vietnamese city of Danang"
    /// <summary>Lower-case heads that name a place by its kind ("the city of", "the town of", "the province of").</summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "province", "region", "district", "governorate", "county", "suburb", "neighbourhood",
        "neighborhood", "port", "island", "enclave", "state",
    };

    /// <summary>
    /// A place the knowledge base does not know, named after its kind: "the Vietnamese city of Danang", "the town of
    /// Ghandoura", "Syria's province of Raqqa". The head must be lower case after "the", a demonym or a possessive
    /// (so "City of London" stays a name), and the name capitalised; it becomes a Location, learnt for the rest of the
    /// article, and the located_in rules then read the country beside it.
    /// </summary>
    private void PlacesByHead()
    {
        for (var i = 1; i + 2 < T.Count; i++)
        {
            // "fired a missile at the capital Riyadh": a known capital after a bare "the capital" is that state's capital
            // (the knowledge base says whose), and "the capital" is part of its noun phrase.
            if (T[i].Norm == "capital" && T[i - 1].Norm == "the" && _shape[i] == EnglishWordShape.Lower && _s.CoverAt(i) is null
                && _s.StartAt(T[i + 1].Is(',') ? i + 2 : i + 1) is { Type: EntityType.Location, Kind: MentionKind.Name or MentionKind.Metonym } capital
                && _a.Kb.Get(capital.Entity.Id)?.CapitalOf is { } capitalOf && _a.Kb.Get(capitalOf) is { } state)
            {
                AddFact(new Fact(capital.Entity, Predicate.CapitalOf, _a.Canonical(state.Entity), "en.ner.the_capital", i - 1, capital.End - 1));
                if (capital.Start == i + 1)
                {
                    _s.Add(new Mention(i, capital.End, capital.Entity, capital.Kind, capital.Source) { State = capital.State }, replace: true);
                }

                i = capital.End - 1;
                continue;
            }

            if (_shape[i] != EnglishWordShape.Lower || !PlaceHeads.Contains(T[i].Norm) || T[i + 1].Norm != "of")
            {
                continue;
            }

            var before = T[i - 1].Norm;
            if (!(before is "the" or "'s" || _s.EndAt(i) is { Kind: MentionKind.Demonym }))
            {
                continue;
            }

            // Right after "the" the head and the name are one noun phrase ("visit the state of California", "shelled
            // the town of Ghandoura"): the mention covers both, so a slot after the verb finds it. After a demonym or a
            // possessive the head stays free for the located_in rules ("the Syrian city of Aleppo").
            var from = before == "the" ? i : i + 2;
            if (_s.StartAt(i + 2) is { Type: EntityType.Location or EntityType.Country, Kind: MentionKind.Name } named && _s.IsFree(i, i + 2))
            {
                if (from == i)
                {
                    _s.Add(new Mention(i, named.End, named.Entity, MentionKind.Name, named.Source) { State = named.State }, replace: true);
                }

                i = named.End - 1;
                continue;
            }

            if (_s.CoverAt(i + 2) is not null || NameSpan(i + 2, out var end) < 1 || (end < T.Count && T[end].Is('-')))
            {
                continue;
            }

            var surface = string.Join(' ', _text[T[i + 2].Start..T[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var key = EnglishNormalizer.Key(surface);
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = surface };
            var e = _a.LearntNames.TryGetValue(key, out var known) ? known : _a.Canonical(new Entity("loc:" + Romanizer.Slug(key), surface, EntityType.Location, labels));
            if (_s.Add(new Mention(from, end, e, MentionKind.Name, "en.ner.place_head"), replace: false))
            {
                _a.LearntNames[key] = e;
            }

            i = end - 1;
        }
    }

    // ---------------------------------------------------------------- forces loyal to X
    /// <summary>"forces loyal to President Bashar al-Assad": a group named by its loyalty, which SUPPORTS its leader.</summary>
    private void Loyalists()
    {
        for (var i = 0; i + 3 < T.Count; i++)
        {
            // "Assad's forces", "Haftar's fighters": a leader's own forces, named "Assad forces".
            if (_s.StartAt(i) is { Type: EntityType.Person, IsArgument: true } owner && owner.End + 1 < T.Count && T[owner.End].Norm == "'s"
                && Has(owner.End + 1, EnglishWordClass.LoyalNoun) && _s.CoverAt(owner.End + 1) is null)
            {
                // Named by the surname as written ("Bashar al-Assad's forces", "President Assad's forces" → "Assad forces").
                var name = _text[T[owner.End - 1].Start..T[owner.End - 1].End] + " " + T[owner.End + 1].Norm;
                var g = _a.Canonical(new Entity("group:" + Romanizer.Slug(EnglishNormalizer.Key(name)), name, EntityType.Group, new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name }));
                if (_s.Add(new Mention(i, owner.End + 2, g, MentionKind.Name, "en.ner.loyalists"), replace: true))
                {
                    AddFact(new Fact(g, Predicate.Supports, owner.Entity, "en.ner.loyalists.supports", i, owner.End + 1));
                }

                i = owner.End + 1;
                continue;
            }

            if (_s.CoverAt(i) is not null || !Has(i, EnglishWordClass.LoyalNoun) || T[i + 1].Norm != "loyal" || T[i + 2].Norm != "to")
            {
                continue;
            }

            if (_s.StartAt(SkipThe(i + 3)) is not { IsArgument: true } leader || leader.Type is not (EntityType.Person or EntityType.Country or EntityType.Organization))
            {
                continue;
            }

            var surface = string.Join(' ', _text[T[i].Start..T[leader.End - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var e = _a.Canonical(new Entity("group:" + Romanizer.Slug(EnglishNormalizer.Key(surface)), surface, EntityType.Group, new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = surface }));
            if (_s.Add(new Mention(i, leader.End, e, MentionKind.Name, "en.ner.loyalists"), replace: true))
            {
                AddFact(new Fact(e, Predicate.Supports, leader.State ?? leader.Entity, "en.ner.loyalists.supports", i, leader.End - 1));
            }

            i = leader.End - 1;
        }
    }

    // ---------------------------------------------------------------- outlets and capitals of a country
    /// <summary>"China's Xinhua news agency", "Iran's semi-official Tasnim news agency": an outlet in the possessive of
    /// a named country is based there (up to three lower-case modifiers between).</summary>
    private void PossessiveOutlets()
    {
        foreach (var m in _s.Mentions)
        {
            // "China's Twitter-like Weibo": an outlet in a compound modifier is not the possessed one.
            if (m.Type != EntityType.MediaOutlet || m.Kind != MentionKind.Name || m.Start < 2 || (m.End < T.Count && T[m.End].Is('-')))
            {
                continue;
            }

            var k = m.Start - 1;
            for (var steps = 0; k > 0 && steps < 3 && T[k].Norm != "'s" && _s.CoverAt(k) is null && (_shape[k] == EnglishWordShape.Lower || T[k].Is('-')); steps++)
            {
                k--;
            }

            // A country or a capital standing for it ("Moscow's Interfax"); apostrophes a source stripped ("Irans Press
            // TV") were put back by BareApostrophes before recognition.
            if (T[k].Norm == "'s" && _s.EndAt(k) is { } owner
                && (owner is { Kind: MentionKind.Name, Type: EntityType.Country } || owner is { Kind: MentionKind.Metonym, State: not null }))
            {
                AddFact(new Fact(m.Entity, Predicate.BasedIn, owner.State ?? owner.Entity, "en.ner.outlet.based_in", owner.Start, m.End - 1));
            }
        }
    }

    /// <summary>"a visit to the Chinese capital", "travel to the Russian capital": the capital of the country the
    /// demonym names (its knowledge-base capital). Gated on the word list capital_nouns, so most sentences skip it.</summary>
    private void CapitalDescriptions()
    {
        if (!_a.Pack.Lexicon.AnyToken("capital_nouns", _s))
        {
            return;
        }

        for (var i = 2; i < T.Count; i++)
        {
            if (!_a.Pack.Lexicon.Has("capital_nouns", T[i]) || _s.CoverAt(i) is not null || T[i - 2].Norm != "the"
                || _s.StartAt(i - 1) is not { Kind: MentionKind.Demonym, Type: EntityType.Country } dem || dem.End != i
                || _a.Kb.Get(dem.Entity.Id)?.Capital is not { } capitalId || _a.Kb.Get(capitalId) is not { Type: EntityType.Location } capital)
            {
                continue;
            }

            // "the Syrian capital Damascus", "the Czech capital, Prague" name the city itself: the description is left
            // to the name after it.
            var named = i + 1 < T.Count && T[i + 1].Is(',') ? i + 2 : i + 1;
            if (named < T.Count && _s.StartAt(named) is { Type: EntityType.Location })
            {
                continue;
            }

            _s.Add(new Mention(i - 2, i + 1, _a.Canonical(capital.Entity), MentionKind.Reference, "en.ref.capital") { State = dem.Entity }, replace: true);
        }
    }

    // ---------------------------------------------------------------- definite descriptions
    /// <summary>"the council", "the agency": the most recent organisation whose name ends with that head noun.</summary>
    private void Definites()
    {
        for (var i = 0; i + 1 < T.Count; i++)
        {
            if (T[i].Norm != "the" || _s.CoverAt(i + 1) is not null || !(Has(i + 1, EnglishWordClass.OrgHead) || _ner.GenericOrgHeads.Contains(T[i + 1].Norm))
                || _shape[i + 1] != EnglishWordShape.Lower || (i + 2 < T.Count && T[i + 2].Norm == "of"))
            {
                continue;
            }

            var head = T[i + 1].Norm;
            // The latest-ending argument mention before it that ends with the head (the first of equal ends, as a stable
            // sort by end would give), in one pass without sorting.
            Entity? found = null;
            var foundEnd = -1;
            foreach (var m in _s.Mentions)
            {
                if (m.End <= i && m.End > foundEnd && m.IsArgument && EndsWithWord(m.Entity.Name, head))
                {
                    found = m.Entity;
                    foundEnd = m.End;
                }
            }

            for (var h = _a.History.Count - 1; h >= 0 && found is null; h--)
            {
                if (EndsWithWord(_a.History[h].Entity.Name, head))
                {
                    found = _a.History[h].Entity;
                }
            }

            // "the bloc", "the alliance", "the group": the nearest organisation of the sentence or the article.
            if (found is null && _ner.GenericOrgHeads.Contains(head))
            {
                found = Resolution.Antecedent(_a, _s, i, [EntityType.Organization], null);
            }

            if (found is not null)
            {
                _s.Add(new Mention(i, i + 2, found, MentionKind.Reference, "en.ref.definite"), replace: false);
            }
        }
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> as whole space-separated words: what
    /// <c>$" {text} ".Contains($" {words} ")</c> says, without building two strings per office compared.</summary>
    private static bool ContainsWords(string text, string words)
    {
        for (var k = text.IndexOf(words, StringComparison.Ordinal); k >= 0; k = text.IndexOf(words, k + 1, StringComparison.Ordinal))
        {
            if ((k == 0 || text[k - 1] == ' ') && (k + words.Length == text.Length || text[k + words.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(string name, string head) =>
        name.EndsWith(head, StringComparison.OrdinalIgnoreCase) && (name.Length == head.Length || name[name.Length - head.Length - 1] == ' ');

    // ---------------------------------------------------------------- pronouns
    private void Pronouns()
    {
        for (var i = 0; i < T.Count; i++)
        {
            if (_s.CoverAt(i) is not null || !Has(i, EnglishWordClass.PersonPronoun))
            {
                continue;
            }

            // A named person before an unnamed source ("…, a senior White House official said. He also plans…" is the
            // actor named earlier); the source only when no one is named.
            var e = Resolution.Antecedent(_a, _s, i, [EntityType.Person], null, _a.DescribedPeople.Count > 0 ? _a.IsDescribedPerson : null)
                ?? Resolution.Antecedent(_a, _s, i, [EntityType.Person], null);
            if (e is not null)
            {
                _s.Add(new Mention(i, i + 1, e, MentionKind.Reference, "en.ref.pronoun"), replace: false);
            }
        }

        StatePronouns();
    }

    /// <summary>
    /// "Turkey said it would…", "…the TTP, which it accuses Kabul of sheltering": a subject "it" is the sentence's first
    /// state or organisation, not the nearest one, and only one named in the same sentence (ner.json pronouns_state).
    /// </summary>
    private void StatePronouns()
    {
        for (var i = 1; i < T.Count; i++)
        {
            if (!Has(i, EnglishWordClass.StatePronoun) || _s.CoverAt(i) is not null)
            {
                continue;
            }

            // The object of an accusing verb ("cut ties with Qatar, accusing it of…") is the nearest other party.
            if (_ner.StateObjectAfter.Contains(T[i - 1].Norm))
            {
                Entity? subject = null;
                Entity? nearest = null;
                foreach (var m in _s.ArgumentsBefore(i))
                {
                    var f = Resolution.Fit(m, [EntityType.Country, EntityType.Organization], place: false);
                    nearest ??= f;
                    subject = f ?? subject;
                }

                if (nearest is not null && nearest.Id != subject?.Id)
                {
                    _s.Add(new Mention(i, i + 1, nearest, MentionKind.Reference, "en.ref.it"), replace: false);
                }

                continue;
            }

            // Otherwise only where a subject stands ("said it would", "which it accuses").
            if (!(_ner.StatePronounAfter.Contains(T[i - 1].Norm) || T[i - 1].Is(',') || _a.Pack.Lexicon.HasWhole("time_words", T[i - 1])))
            {
                continue;
            }

            // A prepositional object is no subject ("As for Syria and what Qatar is willing to provide…").
            Entity? first = null;
            foreach (var m in _s.ArgumentsBefore(i))
            {
                var before = m.Start > 0 && T[m.Start - 1].Norm == "the" ? m.Start - 2 : m.Start - 1;
                if (before < 0 || !_a.Pack.Lexicon.Has("not_subject_after", T[before]))
                {
                    first = Resolution.Fit(m, [EntityType.Country, EntityType.Organization], place: false) ?? first;
                }
            }

            if (first is not null)
            {
                _s.Add(new Mention(i, i + 1, first, MentionKind.Reference, "en.ref.it"), replace: false);
            }
        }
    }

    // ---------------------------------------------------------------- helpers
    private bool IsCapWord(int j) =>
        j >= 0 && j < T.Count && T[j].Kind == TokenKind.Word && _shape[j] is EnglishWordShape.Capitalized or EnglishWordShape.AllCaps or EnglishWordShape.Initial;

    /// <summary>Whether token <paramref name="j"/> (when in the sentence) is on any of the lists in <paramref name="c"/>.</summary>
    private bool Has(int j, EnglishWordClass c) => (uint)j < (uint)_class.Length && (_class[j] & c) != 0;

    private bool Matches(int j, string[] words)
    {
        if (j < 0 || j + words.Length > T.Count)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (T[j + w].Norm != words[w])
            {
                return false;
            }
        }

        return true;
    }

    private int MatchAny(int j, List<string[]> sequences)
    {
        var best = -1;
        foreach (var seq in sequences)
        {
            if (Matches(j, seq) && j + seq.Length > best)
            {
                best = j + seq.Length;
            }
        }

        return best;
    }

    private int SkipThe(int j) => j < T.Count && T[j].Norm == "the" ? j + 1 : j;

    private void AddFact(Fact f) => _a.Facts.Add((f, _s.Sentence.Index));
}
