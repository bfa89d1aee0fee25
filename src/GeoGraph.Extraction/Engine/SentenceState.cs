using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>The tokens of one sentence and the mentions found in it so far, indexed by token.</summary>
internal sealed class SentenceState
{
    private readonly Mention?[] _cover;
    private string?[]? _times;
    private bool[]? _timeKnown;

    public SentenceState(Sentence sentence)
    {
        Sentence = sentence;
        Tokens = sentence.Tokens as List<Token> ?? [.. sentence.Tokens];
        _cover = new Mention?[Tokens.Count];
    }

    public Sentence Sentence { get; }

    /// <summary>The sentence's tokens as the concrete list the tokenizers make: the passes index it millions of times,
    /// and through <see cref="IReadOnlyList{T}"/> every index was an interface dispatch.</summary>
    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    /// <summary>The tokens' word-list bits and their union (<see cref="Lexicon.AnyToken"/>), gathered on first use.</summary>
    public Lexicon.SentenceBits? ListBits { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>The subject of the last main-clause statement in this sentence, for dropped subjects.</summary>
    public GeoGraph.Core.Model.Entity? LastSubject { get; set; }

    /// <summary>Title phrase start → the start of the name it introduces (الرئيس الروسي فلاديمير بوتين), so a slot can
    /// begin at the title.</summary>
    public Dictionary<int, int> TitleJump { get; } = [];

    /// <summary>The resolved time expression at a token (backward or forward), computed on first use by
    /// <paramref name="compute"/> and kept for the sentence's other statements.</summary>
    public string? TimeAt(int i, bool forward, Func<ArticleState, SentenceState, int, bool, string?> compute, ArticleState article)
    {
        _times ??= new string?[2 * Tokens.Count];
        _timeKnown ??= new bool[2 * Tokens.Count];
        var k = (2 * i) + (forward ? 1 : 0);
        if (!_timeKnown[k])
        {
            _times[k] = compute(article, this, i, forward);
            _timeKnown[k] = true;
        }

        return _times[k];
    }

    public Mention? CoverAt(int i) => i >= 0 && i < _cover.Length ? _cover[i] : null;

    public Mention? StartAt(int i) => CoverAt(i) is { } m && m.Start == i ? m : null;

    public Mention? EndAt(int endExclusive) => CoverAt(endExclusive - 1) is { } m && m.End == endExclusive ? m : null;

    public bool IsFree(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_cover[i] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a mention; with <paramref name="replace"/> it evicts the mentions it overlaps, otherwise it is
    /// dropped when it overlaps one.</summary>
    public bool Add(Mention m, bool replace)
    {
        if (m.Start < 0 || m.End > Tokens.Count || m.End <= m.Start)
        {
            return false;
        }

        if (!IsFree(m.Start, m.End))
        {
            if (!replace)
            {
                return false;
            }

            // Collect first (Remove edits the list), in a loop rather than a capturing LINQ query per replacement.
            List<Mention>? overlapping = null;
            foreach (var o in Mentions)
            {
                if (o.Start < m.End && m.Start < o.End)
                {
                    (overlapping ??= []).Add(o);
                }
            }

            foreach (var old in overlapping ?? [])
            {
                Remove(old);
            }
        }

        Mentions.Add(m);
        for (var i = m.Start; i < m.End; i++)
        {
            _cover[i] = m;
        }

        return true;
    }

    public void Remove(Mention m)
    {
        Mentions.Remove(m);
        for (var i = m.Start; i < m.End && i < _cover.Length; i++)
        {
            if (ReferenceEquals(_cover[i], m))
            {
                _cover[i] = null;
            }
        }
    }

    /// <summary>The argument mentions ending at or before a token, nearest first (by end, descending; stable like
    /// OrderByDescending), as a snapshot.</summary>
    public List<Mention> ArgumentsBefore(int before)
    {
        var list = new List<Mention>();
        foreach (var m in Mentions)
        {
            if (m.End > before || !m.IsArgument)
            {
                continue;
            }

            // Insert after every mention with an end at least as late: descending and stable.
            var j = list.Count;
            while (j > 0 && list[j - 1].End < m.End)
            {
                j--;
            }

            list.Insert(j, m);
        }

        return list;
    }

    /// <summary>A snapshot of the mentions by start token (stable for equal starts), safe to iterate while mentions
    /// are added or removed.</summary>
    public List<Mention> Ordered()
    {
        var list = new List<Mention>(Mentions);

        // Insertion sort: stable like OrderBy, and the list is nearly sorted already (mentions are mostly added in
        // reading order), so this is close to one pass.
        for (var i = 1; i < list.Count; i++)
        {
            var m = list[i];
            var j = i - 1;
            while (j >= 0 && list[j].Start > m.Start)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = m;
        }

        return list;
    }
}
