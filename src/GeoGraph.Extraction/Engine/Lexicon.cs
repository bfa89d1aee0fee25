using GeoGraph.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// The word lists of one language (Rules/&lt;lang&gt;/lexicon.json): titles and roles, ministries, organisation
/// heads, described people, reference words, and the cue words of claims (speech, attribution, denial, negation,
/// future). Every word is normalised by the language's normaliser when loaded.
/// </summary>
internal sealed class Lexicon
{
    public HashSet<string> Stopwords { get; } = new(StringComparer.Ordinal);

    public List<TitleEntry> Titles { get; } = [];

    public List<MinistryEntry> Ministries { get; } = [];

    public HashSet<string> MinistryHeads { get; } = new(StringComparer.Ordinal);

    public List<OrgHeadEntry> OrgHeads { get; } = [];

    public List<DescribedEntry> Described { get; } = [];

    public Dictionary<string, HashSet<string>> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>The same word lists in file order (weekdays, months).</summary>
    public Dictionary<string, List<string>> Ordered { get; } = new(StringComparer.Ordinal);

    /// <summary>A word list by name; a missing list is one shared empty set (read-only by convention: callers only
    /// probe it), not a new set per call.</summary>
    public HashSet<string> Set(string name) => Words.TryGetValue(name, out var s) ? s : EmptySet;

    private static readonly HashSet<string> EmptySet = new(StringComparer.Ordinal);

    /// <summary>Whether a reading stem of the token is in the word list <paramref name="set"/>.</summary>
    /// <remarks>
    /// This runs for most tokens against dozens of lists, so it does not hash: each list has a bit, each token's
    /// reading list carries (memoised on first probe) the bits of every list one of its stems is in, and the list name
    /// is found in a small cache keyed by the name's reference (the callers pass string literals).
    /// </remarks>
    public bool Has(string set, Token t)
    {
        // The index read once: this is the engine's most frequent call (dozens per token).
        var index = _index ?? BuildIndex();
        var bit = index.BitOf(set);
        if (bit < 0)
        {
            return false;
        }

        var bits = MemoBits(index, t.Readings);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>Whether any token of the sentence has a reading stem in the list: the union of the tokens' bits is
    /// built once per sentence, so a pass that cannot fire is skipped for the cost of one bit test.</summary>
    public bool AnyToken(string set, SentenceState sentence)
    {
        var index = _index ?? BuildIndex();
        var bit = index.BitOf(set);
        if (bit < 0)
        {
            return false;
        }

        var union = SentenceBitsOf(index, sentence).Union;
        return (union[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The bit of a word list for <see cref="Has(int, SentenceState, int)"/>, or -1 when there is no such list.
    /// Valid until the lexicon changes (it is final once the engine is built): a pass resolves it once, not per token.</summary>
    public int BitOf(string set) => (_index ?? BuildIndex()).BitOf(set);

    /// <summary>Whether a reading stem of token <paramref name="i"/> of the sentence is in the list with this
    /// <see cref="BitOf(string)"/> bit. The passes that probe a list at every token use this: the tokens' memo bits
    /// are gathered once per sentence, so a probe is two array reads instead of a list-name lookup and a memo check.</summary>
    public bool Has(int bit, SentenceState sentence, int i)
    {
        if (bit < 0)
        {
            return false;
        }

        var bits = SentenceBitsOf(_index ?? BuildIndex(), sentence).PerToken[i];
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static SentenceBits SentenceBitsOf(WordListIndex index, SentenceState sentence) =>
        sentence.ListBits is { } known && ReferenceEquals(known.Index, index) ? known : Gather(index, sentence);

    private static SentenceBits Gather(WordListIndex index, SentenceState sentence)
    {
        var union = new ulong[index.NoListMemo.Bits.Length];
        var perToken = new ulong[sentence.Count][];
        for (var i = 0; i < perToken.Length; i++)
        {
            var bits = MemoBits(index, sentence.Tokens[i].Readings);
            perToken[i] = bits;
            for (var w = 0; w < union.Length; w++)
            {
                union[w] |= bits[w];
            }
        }

        return sentence.ListBits = new SentenceBits(index, union, perToken);
    }

    /// <summary>
    /// Adds a word list the engine derives from other data — trigger forms, the first words of titles, organisation
    /// heads and gazetteer names, ministry words — so a pass can rule a token out with one bit before probing its
    /// own dictionaries per reading. Derived names start with '@', so they never clash with a lexicon file's lists.
    /// </summary>
    public void AddDerived(string name, IEnumerable<string> words)
    {
        if (!name.StartsWith('@'))
        {
            throw new ArgumentException("A derived word list's name starts with '@'.", nameof(name));
        }

        Words[name] = new HashSet<string>(words, StringComparer.Ordinal);
        _index = null;
    }

    /// <summary>
    /// Adds a derived group of flags per word (at most 64 flags: a language's own word classes), kept in one extra word
    /// of each stem's list bits, so the flags of a token ride on the same memo as its lists (<see cref="FlagsAt"/>):
    /// no dictionary probe per token. Like <see cref="AddDerived"/>, the name starts with '@'.
    /// </summary>
    public void AddDerivedFlags(string name, IEnumerable<KeyValuePair<string, ulong>> flags)
    {
        if (!name.StartsWith('@'))
        {
            throw new ArgumentException("A derived flag group's name starts with '@'.", nameof(name));
        }

        _flagGroups[name] = new Dictionary<string, ulong>(flags, StringComparer.Ordinal);
        _index = null;
    }

    private readonly Dictionary<string, Dictionary<string, ulong>> _flagGroups = new(StringComparer.Ordinal);

    /// <summary>The handle of a flag group for <see cref="FlagsAt"/>, or -1 when the lexicon has no such group. Valid
    /// until the lexicon changes (it is final once the engine is built).</summary>
    public int FlagGroup(string name) => (_index ?? BuildIndex()).FlagWordByName.GetValueOrDefault(name, -1);

    /// <summary>The flags of a group (by its <see cref="FlagGroup"/> handle) that a reading stem of the token has.</summary>
    public ulong FlagsAt(int group, Token t) => MemoBits(_index ?? BuildIndex(), t.Readings)[group];

    private WordListIndex? _index;

    private WordListIndex BuildIndex() => _index = new WordListIndex(this);

    /// <summary>The bits of a reading list's stems under the index: the memo when it is this index's, else computed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong[] MemoBits(WordListIndex index, ReadingList readings) =>
        readings.Memo is WordListBits memo && ReferenceEquals(memo.Index, index) ? memo.Bits : BitsOf(index, readings);

    /// <summary>Computes and memoises the bits of a reading list's stems.</summary>
    private static ulong[] BitsOf(WordListIndex index, ReadingList readings)
    {
        ulong[]? bits = null;
        for (var r = 0; r < readings.Count; r++)
        {
            if (!index.ByStem.TryGetValue(readings[r].Stem, out var stemBits))
            {
                continue;
            }

            if (bits is null)
            {
                bits = stemBits;
                continue;
            }

            if (!ReferenceEquals(bits, stemBits))
            {
                var union = (ulong[])bits.Clone();
                for (var w = 0; w < union.Length; w++)
                {
                    union[w] |= stemBits[w];
                }

                bits = union;
            }
        }

        // Most words are in no list: they share one empty memo and allocate nothing.
        readings.Memo = bits is null ? index.NoListMemo : new WordListBits(index, bits);
        return bits ?? index.NoListMemo.Bits;
    }

    /// <summary>The word lists numbered, and every stem's lists as bits; built on first use after loading (a merged
    /// lexicon file resets it).</summary>
    internal sealed class WordListIndex
    {
        public WordListIndex(Lexicon lexicon)
        {
            // The lists' bits, then one word per flag group.
            var listWords = (lexicon.Words.Count + 63) / 64;
            var words = listWords + lexicon._flagGroups.Count;
            var n = 0;
            foreach (var (name, set) in lexicon.Words)
            {
                ByName[name] = n;
                foreach (var w in set)
                {
                    if (!ByStem.TryGetValue(w, out var bits))
                    {
                        ByStem[w] = bits = new ulong[words];
                    }

                    bits[n >> 6] |= 1UL << (n & 63);
                }

                n++;
            }

            var g = listWords;
            foreach (var (name, flags) in lexicon._flagGroups)
            {
                FlagWordByName[name] = g;
                foreach (var (w, f) in flags)
                {
                    if (f == 0)
                    {
                        continue;
                    }

                    if (!ByStem.TryGetValue(w, out var bits))
                    {
                        ByStem[w] = bits = new ulong[words];
                    }

                    bits[g] |= f;
                }

                g++;
            }

            NoListMemo = new WordListBits(this, new ulong[words]);

            // Multiplicative hashing of a cheap mix of the name, with the first multiplier that gives every distinct mix a
            // slot of its own (~100 names in 1,024 slots: found within a few dozen tries). Names with the same mix, or
            // all names should the bounded search fail, share a slot: the first keeps it, the others are found through
            // the dictionary.
            var names = ByName.Keys.Select(string.Intern).ToList();
            var mixes = names.Select(Mix).Distinct().ToList();
            for (var seed = 1u; seed < 4_000; seed += 2)
            {
                _multiplier = 2_654_435_761u * seed;
                if (mixes.Select(SlotOfMix).Distinct().Count() == mixes.Count)
                {
                    break;
                }
            }

            foreach (var name in names)
            {
                var slot = Slot(name);
                if (Slots[slot] is null)
                {
                    Slots[slot] = name;
                    SlotBits[slot] = ByName[name];
                }
            }
        }

        private uint _multiplier = 2_654_435_761u;

        /// <summary>The bit of a list, or -1 when there is no such list. The callers' names are string literals, which the
        /// runtime interns like the names in the slots, so one reference comparison finds them; a name built at run time
        /// ("month_" + n) misses the slot and takes the dictionary.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int BitOf(string name)
        {
            var slot = Slot(name);
            return ReferenceEquals(Slots[slot], name) ? SlotBits[slot] : ByName.TryGetValue(name, out var i) ? i : -1;
        }

        /// <summary>The slot of a list name.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Slot(string name) => SlotOfMix(Mix(name));

        // The length and four characters: enough to tell nearly all lists apart, and cheap (this runs for every probe).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Mix(string name)
        {
            var n = name.Length;
            return n < 2 ? (uint)n : (uint)((n * 131) + (name[0] * 7) + (name[n / 2] * 29) + (name[n - 1] * 17) + (name[n - 2] * 3));
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int SlotOfMix(uint mix) => (int)((mix * _multiplier) >> (32 - SlotBitsLog2));

        private const int SlotBitsLog2 = 10;

        /// <summary>Interned list names by slot (null: no list).</summary>
        public string?[] Slots { get; } = new string?[1 << SlotBitsLog2];

        /// <summary>The bit of the list in each slot.</summary>
        public int[] SlotBits { get; } = new int[1 << SlotBitsLog2];

        public Dictionary<string, int> ByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ulong[]> ByStem { get; } = new(StringComparer.Ordinal);

        /// <summary>Flag group name → the word of the bits that holds its flags.</summary>
        public Dictionary<string, int> FlagWordByName { get; } = new(StringComparer.Ordinal);

        public WordListBits NoListMemo { get; }
    }

    /// <summary>A reading list's memo: the bits of its stems' lists under one index (immutable).</summary>
    internal sealed record WordListBits(WordListIndex Index, ulong[] Bits);

    /// <summary>A sentence's tokens' bits under one index, and their union.</summary>
    internal sealed record SentenceBits(WordListIndex Index, ulong[] Union, ulong[][] PerToken);

    // Stem → the lowest month (1–12) whose set month_N lists it, built on first use after loading: one lookup per
    // reading instead of twelve set probes per token in the time resolver and the claim window.
    private Dictionary<string, int>? _months;

    /// <summary>The lowest month N whose lexicon set month_N holds a reading of the token, or 0: the same answer as
    /// probing month_1 … month_12 in order.</summary>
    public int MonthOf(Token t)
    {
        var months = _months ??= BuildMonths();
        var best = 0;
        var readings = t.Readings;
        for (var r = 0; r < readings.Count; r++)
        {
            if (months.TryGetValue(readings[r].Stem, out var m) && (best == 0 || m < best))
            {
                best = m;
            }
        }

        return best;
    }

    private Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 12; m >= 1; m--)
        {
            foreach (var w in Set("month_" + m.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                map[w] = m;
            }
        }

        return map;
    }

    public bool HasWhole(string set, Token t) => Words.TryGetValue(set, out var s) && s.Contains(t.Norm);

    /// <summary>Parses a lexicon file; with <paramref name="into"/> its entries are added to an earlier file's
    /// (word lists are unioned, ordered lists appended), so a rule pack can ship its own lexicon file.</summary>
    public static Lexicon Parse(string json, Lexicon? into = null)
    {
        var lex = into ?? new Lexicon();
        lex._index = null;
        var o = JObject.Parse(json);
        foreach (var p in o.Properties())
        {
            switch (p.Name)
            {
                case "titles":
                    foreach (var t in p.Value.OfType<JObject>())
                    {
                        lex.Titles.Add(new TitleEntry(
                            Seqs(t["words"]),
                            t.Value<string>("role") ?? "official",
                            t.Value<string>("predicate") ?? "WORKS_FOR",
                            t.Value<string>("of") ?? "any",
                            t.Value<bool?>("needs_of") ?? false));
                    }

                    break;
                case "ministries":
                    foreach (var m in p.Value.OfType<JObject>())
                    {
                        lex.Ministries.Add(new MinistryEntry(WordList(m["words"]), m.Value<string>("en")!, m.Value<string>("slug")!, m.Value<string>("minister") ?? "minister")
                        {
                            Bare = m.Value<bool?>("bare") ?? false,
                            KbMatch = (m["match"] as JArray)?.Select(x => x.Value<string>()!).ToList() ?? [],
                        });
                    }

                    break;
                case "ministry_heads":
                    lex.MinistryHeads.UnionWith(WordList(p.Value));
                    break;
                case "org_heads":
                    foreach (var h in p.Value.OfType<JObject>())
                    {
                        lex.OrgHeads.Add(new OrgHeadEntry(Seqs(h["words"]), Enum.Parse<GeoGraph.Core.Schema.EntityType>(h.Value<string>("type")!), h.Value<bool?>("quoted_only") ?? true));
                    }

                    break;
                case "described":
                    foreach (var d in p.Value.OfType<JObject>())
                    {
                        lex.Described.Add(new DescribedEntry(WordList(d["words"]), d.Value<string>("en")!, Enum.Parse<GeoGraph.Core.Schema.EntityType>(d.Value<string>("type") ?? "Person")));
                    }

                    break;
                case "stopwords":
                    lex.Stopwords.UnionWith(WordList(p.Value));
                    break;
                default:
                    if (p.Value is JArray)
                    {
                        var list = lex.Ordered.TryGetValue(p.Name, out var earlier) ? earlier : lex.Ordered[p.Name] = [];
                        list.AddRange(WordList(p.Value).Where(w => !list.Contains(w)));
                        lex.Words[p.Name] = [.. list];
                    }

                    break;
            }
        }

        return lex;
    }

    internal static List<string> WordList(JToken? t) =>
        t is JArray a ? a.Select(x => TextNormalizer.Normalize(x.Value<string>())).Where(s => s.Length > 0).ToList() : [];

    private static List<string[]> Seqs(JToken? t) =>
        WordList(t).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
}

/// <summary>A title or role word sequence and what it says about the person it introduces.</summary>
/// <param name="Sequences">Word sequences (normalised).</param>
/// <param name="Role">English role qualifier.</param>
/// <param name="Predicate">LEADS or WORKS_FOR, or NONE when the title only marks a name.</param>
/// <param name="Of">What the title is "of": Country, Organization, MediaOutlet, ministry, any.</param>
/// <param name="NeedsOf">Whether the title makes no sense without its "of" (e.g. المتحدث باسم).</param>
internal sealed record TitleEntry(List<string[]> Sequences, string Role, string Predicate, string Of, bool NeedsOf);

/// <summary>A ministry word (الخارجية) with its English name and id slug.</summary>
internal sealed record MinistryEntry(List<string> Words, string English, string Slug, string MinisterRole)
{
    /// <summary>Whether the bare word names the body without «وزارة» (الخارجية الروسية).</summary>
    public bool Bare { get; init; }

    /// <summary>Words of the English name that identify this ministry among a country's KB bodies.</summary>
    public List<string> KbMatch { get; init; } = [];
}

/// <summary>A head noun that introduces an organisation or outlet name (صحيفة، وكالة…).</summary>
internal sealed record OrgHeadEntry(List<string[]> Sequences, GeoGraph.Core.Schema.EntityType Type, bool QuotedOnly);

/// <summary>A noun for an unnamed, described person or group (دبلوماسي بريطاني → British diplomat).</summary>
internal sealed record DescribedEntry(List<string> Words, string English, GeoGraph.Core.Schema.EntityType Type);
