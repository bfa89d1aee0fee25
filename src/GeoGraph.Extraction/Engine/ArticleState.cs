using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Extraction.Knowledge;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// What the engine knows about one article while reading it: one canonical entity per real-world referent, names
/// learnt in it (a surname after the full name), the mention history for references, who works for whom (to
/// resolve بلاده and to tell a spokesperson from a third party), and the clause topic.
/// </summary>
internal sealed class ArticleState
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    public ArticleState(Article article, KnowledgeBase kb, LanguagePack pack)
    {
        Article = article;
        Kb = kb;
        Pack = pack;
    }

    public Article Article { get; }

    /// <summary>The article date (yyyy-MM-dd), parsed once, or null when absent or malformed.</summary>
    public DateOnly? Date
    {
        get
        {
            // Parsed once, also when there is no date (a null result would otherwise be parsed again on every read).
            if (!_dateParsed)
            {
                _date = DateOnly.TryParseExact(Article.Date ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                _dateParsed = true;
            }

            return _date;
        }
    }

    private DateOnly? _date;
    private bool _dateParsed;

    public KnowledgeBase Kb { get; }

    public LanguagePack Pack { get; }

    /// <summary>Names learnt in this article, keyed like the gazetteer.</summary>
    public LearntNames LearntNames { get; } = new();

    /// <summary>Scratch characters for building candidate lookup keys without allocating (one article is read by one
    /// thread).</summary>
    public char[] KeyBuffer { get; set; } = new char[256];

    /// <summary>People named only by a description ("a senior White House official"): the sources of a story, whom
    /// "he" and "she" do not refer back to (the named actor does).</summary>
    public HashSet<string> DescribedPeople { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an entity is one of <see cref="DescribedPeople"/>: one delegate per article, for the antecedent
    /// search's skip test.</summary>
    public Func<Entity, bool> IsDescribedPerson => _isDescribedPerson ??= e => DescribedPeople.Contains(e.Id);

    private Func<Entity, bool>? _isDescribedPerson;

    /// <summary>The longest form each entity is named by in this article ("Iyad Allawi" for the knowledge base's Ayad
    /// Allawi), for the statement's <c>surface</c> label: a reader or scorer who knows the entity by the article's own
    /// spelling finds it too.</summary>
    public Dictionary<string, string> Surfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="surface"/> as the entity's surface when it is the longest seen so far.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="surface">The name as written, whitespace collapsed.</param>
    public void NoteSurface(string id, string surface)
    {
        if (!Surfaces.TryGetValue(id, out var known) || known.Length < surface.Length)
        {
            Surfaces[id] = surface;
        }
    }

    /// <summary>Argument mentions in reading order (sentence, token, entity).</summary>
    public List<(int Sentence, int Token, Entity Entity)> History { get; } = [];

    // Short-name heads per entity (by reference: entities are immutable) and the heads of every entity in History so
    // far, so a definite noun can be tested against the article in one lookup instead of re-normalising every earlier
    // organisation label per token.
    private readonly Dictionary<Entity, string?> _shortHeads = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _historyHeads = new(StringComparer.Ordinal);
    private int _historyHeadsSeen;

    /// <summary>The head an organisation or outlet can be referred back to by («نقابة الصحافيين الفلسطينيين» → نقابة):
    /// the first word of its normalised Arabic label without the article, or null when it has no such head (not an
    /// organisation or outlet, no Arabic label, or a one-word label).</summary>
    public string? ShortHead(Entity e)
    {
        if (_shortHeads.TryGetValue(e, out var head))
        {
            return head;
        }

        head = null;
        if (e.Type is EntityType.Organization or EntityType.MediaOutlet && e.Labels.TryGetValue("ar", out var label))
        {
            var words = TextNormalizer.Normalize(label).Split(' ');
            if (words.Length >= 2)
            {
                head = words[0].StartsWith("ال", StringComparison.Ordinal) ? words[0][2..] : words[0];
            }
        }

        _shortHeads[e] = head;
        return head;
    }

    /// <summary>The short-name heads of every entity in <see cref="History"/> (kept up to date as it grows).</summary>
    public HashSet<string> HistoryHeads()
    {
        for (; _historyHeadsSeen < History.Count; _historyHeadsSeen++)
        {
            if (ShortHead(History[_historyHeadsSeen].Entity) is { } h)
            {
                _historyHeads.Add(h);
            }
        }

        return _historyHeads;
    }

    /// <summary>Person id → the country or organisation the person leads or works for.</summary>
    public Dictionary<string, Entity> Affiliation { get; } = new(StringComparer.Ordinal);

    /// <summary>Person id → the title it was introduced with (role, predicate, ministry), for نظيره (his counterpart).</summary>
    public Dictionary<string, (string Role, string Predicate, MinistryEntry? Ministry)> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>The main subject of the previous sentence.</summary>
    public Entity? Topic { get; set; }

    /// <summary>The country of the dateline ("TALLINN (Reuters) -"), whose officials a story names without nationality.</summary>
    public Entity? DatelineCountry { get; set; }

    public List<(Fact Fact, int Sentence)> Facts { get; } = [];

    /// <summary>The article's single entity for an id (so every mention shares labels).</summary>
    public Entity Canonical(Entity e)
    {
        if (_entities.TryGetValue(e.Id, out var known))
        {
            return known;
        }

        _entities[e.Id] = e;
        return e;
    }

    public Entity? CountryOf(Entity e)
    {
        if (e.Type == EntityType.Country)
        {
            return e;
        }

        if (Affiliation.TryGetValue(e.Id, out var a))
        {
            return CountryOf(a);
        }

        var entry = Kb.Get(e.Id);
        if (entry is not null)
        {
            var parent = entry.BasedIn ?? entry.PartOf ?? entry.LocatedIn ?? entry.CapitalOf
                ?? entry.Offices.FirstOrDefault(o => o.To is null)?.Of ?? entry.Offices.FirstOrDefault()?.Of;
            if (Kb.Get(parent) is { } p && p.Id != e.Id)
            {
                return p.Type == EntityType.Country ? Canonical(p.Entity) : (p.BasedIn ?? p.PartOf) is { } pp && Kb.Get(pp) is { Type: EntityType.Country } c ? Canonical(c.Entity) : null;
            }
        }

        return null;
    }

    /// <summary>Whether a speaker speaks for the subject (itself, its ministry, its official).</summary>
    public bool SameSide(Entity speaker, Entity subject)
    {
        if (speaker.Id == subject.Id)
        {
            return true;
        }

        // A person speaks only for themself; an official or a ministry speaks for its state (غروشكو for Russia).
        if (subject.Type == EntityType.Person)
        {
            return false;
        }

        if (Affiliation.TryGetValue(speaker.Id, out var body) && (body.Id == subject.Id || CountryOf(body)?.Id == subject.Id))
        {
            return true;
        }

        return speaker.Type != EntityType.Country && CountryOf(speaker)?.Id == subject.Id;
    }
}
