using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Reference resolution: metonymy (a capital that fills an actor slot is its state; in a place slot it stays a city),
/// antecedents for attached pronouns and dropped subjects, and description words (الأخيرة، البلدين، الزعيمان،
/// جارتها، بلاده) turned into mentions of the entities they point back to.
/// </summary>
internal static class Resolution
{
    /// <summary>The entity a mention contributes to a slot of the given types, or null when it cannot fill it.</summary>
    public static Entity? Fit(Mention m, EntityType[] types, bool place, bool demonymOk = false)
    {
        if (m.Kind == MentionKind.Demonym && !demonymOk)
        {
            return null;
        }

        if (m.Kind == MentionKind.Demonym)
        {
            return Array.IndexOf(types, m.Entity.Type) >= 0 ? m.Entity : null;
        }

        if (m.State is not null && m.Entity.Type == EntityType.Location)
        {
            if (place && Array.IndexOf(types, EntityType.Location) >= 0)
            {
                return m.Entity;
            }

            if (Array.IndexOf(types, m.State.Type) >= 0)
            {
                return m.State;
            }
        }

        if (m.State is not null && m.Entity.Type != EntityType.Location && Array.IndexOf(types, m.State.Type) >= 0)
        {
            return m.State;
        }

        return Array.IndexOf(types, m.Entity.Type) >= 0 ? m.Entity : null;
    }

    /// <summary>The nearest entity of the given types before token <paramref name="before"/>: this sentence first
    /// (right to left), then earlier sentences.</summary>
    public static Entity? Antecedent(ArticleState a, SentenceState s, int before, EntityType[] types, Entity? not, Func<Entity, bool>? skip = null)
    {
        foreach (var m in s.ArgumentsBefore(before))
        {
            foreach (var e in m.Entities)
            {
                var f = e == m.Entity ? Fit(m, types, place: false) : (Array.IndexOf(types, e.Type) >= 0 ? e : null);
                if (f is not null && (not is null || f.Id != not.Id) && (skip is null || !skip(f)))
                {
                    return f;
                }
            }
        }

        for (var i = a.History.Count - 1; i >= 0; i--)
        {
            var e = a.History[i].Entity;
            if (Array.IndexOf(types, e.Type) >= 0 && (not is null || e.Id != not.Id) && (skip is null || !skip(e)))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Distinct entities of a type, most recent first, before a token.</summary>
    public static List<Entity> Recent(ArticleState a, SentenceState s, int before, EntityType type, int count)
    {
        var list = new List<Entity>();
        foreach (var m in s.ArgumentsBefore(before))
        {
            var e = Fit(m, [type], place: false);
            if (e is not null && !list.Contains(e))
            {
                list.Add(e);
            }
        }

        for (var i = a.History.Count - 1; i >= 0 && list.Count < count; i--)
        {
            var e = a.History[i].Entity;
            if (e.Type == type && !list.Contains(e))
            {
                list.Add(e);
            }
        }

        return list.Take(count).ToList();
    }

    /// <summary>Adds reference mentions for description words not covered by a name.</summary>
    public static void References(ArticleState a, SentenceState s)
    {
        var lex = a.Pack.Lexicon;
        HashSet<string>? sentenceHeads = null;
        var references = lex.BitOf(LanguagePack.ReferenceWords);
        for (var i = 0; i < s.Count; i++)
        {
            if (s.CoverAt(i) is not null || s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            // One bit tells whether the word is in any of the five description lists (few are); else only a short name.
            var m = lex.Has(references, s, i) ? Description(a, s, i) : null;
            if (m is not null)
            {
                s.Add(m, replace: false);
            }
            else if (ShortName(a, s, i, sentenceHeads ??= SentenceHeads(a, s)) is { } shortName)
            {
                // The adjective is part of the short name, so the reference replaces its demonym mention.
                s.Add(shortName, replace: true);
            }
        }
    }

    /// <summary>The reference a description word at token i makes (الأخيرة، البلدين، الزعيمان، جارتها، بلاده), or null.</summary>
    private static Mention? Description(ArticleState a, SentenceState s, int i)
    {
        var lex = a.Pack.Lexicon;
        var t = s.Tokens[i];
        if (Match(lex.Set("latter"), t, suffix: false) is { } r1)
        {
            var e = Antecedent(a, s, i, [EntityType.Country, EntityType.Organization], null);
            return e is null ? null : new Mention(i, i + 1, e, MentionKind.Reference, "ar.ref.latter") { Prefix = r1.Prefix };
        }

        if (Match(lex.Set("pair_countries"), t, suffix: false) is { } r2)
        {
            var two = Recent(a, s, i, EntityType.Country, 2);
            return two.Count == 2 ? new Mention(i, i + 1, two[0], MentionKind.Reference, "ar.ref.pair") { Prefix = r2.Prefix, Entities = two } : null;
        }

        if (Match(lex.Set("pair_leaders"), t, suffix: false) is { } r3)
        {
            var two = Recent(a, s, i, EntityType.Person, 2);
            return two.Count == 2 ? new Mention(i, i + 1, two[0], MentionKind.Reference, "ar.ref.leaders") { Prefix = r3.Prefix, Entities = two } : null;
        }

        var neighbour = lex.Set("neighbour");
        if ((Match(neighbour, t, suffix: true) ?? Possessed(neighbour, s, i)) is { } r4)
        {
            var owner = Antecedent(a, s, i, [EntityType.Country], null);
            var e = owner is null ? null : Antecedent(a, s, i, [EntityType.Country], owner);
            return e is null ? null : new Mention(i, i + 1, e, MentionKind.Reference, "ar.ref.neighbour") { Prefix = r4.Prefix };
        }

        var countryOf = lex.Set("country_of");
        if ((Match(countryOf, t, suffix: true) ?? Possessed(countryOf, s, i)) is { } r5)
        {
            var person = Antecedent(a, s, i, [EntityType.Person], null);
            var e = person is not null ? a.CountryOf(person) : Antecedent(a, s, i, [EntityType.Country], null);
            return e is null ? null : new Mention(i, i + 1, e, MentionKind.Reference, "ar.ref.country_of") { Prefix = r5.Prefix };
        }

        return null;
    }

    /// <summary>
    /// A short definite name for an organisation named earlier: its head noun with the article and the adjective of
    /// its country («نقابة الصحافيين الفلسطينيين» … «النقابة الفلسطينية», «صحيفة إزفيستيا الروسية» … «الصحيفة الروسية»).
    /// Only an organisation already in the article qualifies, the nearest first, so the phrase is a reference, not a name.
    /// </summary>
    private static Mention? ShortName(ArticleState a, SentenceState s, int i, HashSet<string> sentenceHeads)
    {
        // With the adjective of the body's country («النقابة الفلسطينية»), or bare when no modifier follows («مهاجمة النقابة
        // متهما إياها»): a following definite word would start a different name («النقابة الوطنية للصحافة»).
        var adj = s.StartAt(i + 1) is { IsAdjective: true } a1 && a1.AdjectiveEntity.Type == EntityType.Country ? a1 : null;
        if (adj is null && i + 1 < s.Count && s.Tokens[i + 1].Kind == TokenKind.Word && s.Tokens[i + 1].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var r in s.Tokens[i].Readings)
        {
            if (r.Suffix.Length > 0 || !r.Stem.StartsWith("ال", StringComparison.Ordinal) || r.Stem.Length < 4)
            {
                continue;
            }

            // Most definite nouns name no earlier organisation: test the head against the article's heads first, so
            // the ordered walk below (which must keep its nearest-first order) runs only when one can match.
            var head = r.Stem.AsSpan(2);
            if (!sentenceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head) && !a.HistoryHeads().GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
            {
                // No mention of the sentence and no earlier one has this head: the exact test below cannot pass.
                continue;
            }

            if (!HeadSeen(a, s, i, head))
            {
                continue;
            }

            foreach (var e in Earlier(a, s, i))
            {
                if (a.ShortHead(e) is { } first && head.SequenceEqual(first) && (adj is null || a.CountryOf(e)?.Id == adj.AdjectiveEntity.Id))
                {
                    return new Mention(i, adj?.End ?? i + 1, e, MentionKind.Reference, "ar.ref.short_name") { Prefix = r.Prefix };
                }

                // The nearest organisation with another head does not block: «الحركة» still finds حركة حماس.
            }
        }

        return null;
    }

    /// <summary>The short-name heads of every mention of the sentence, wherever it stands: a superset of what
    /// <see cref="HeadSeen"/> can find in the sentence, since references added here point back to entities already
    /// mentioned, so one set probe rules out most definite words.</summary>
    private static HashSet<string> SentenceHeads(ArticleState a, SentenceState s)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in s.Mentions)
        {
            if (a.ShortHead(m.Entity) is { } h)
            {
                heads.Add(h);
            }
        }

        return heads;
    }

    /// <summary>Whether any argument before token <paramref name="i"/> in this sentence, or any earlier argument in the
    /// article, has the short-name head <paramref name="head"/>.</summary>
    private static bool HeadSeen(ArticleState a, SentenceState s, int i, ReadOnlySpan<char> head)
    {
        foreach (var m in s.Mentions)
        {
            if (m.End <= i && m.IsArgument && a.ShortHead(m.Entity) is { } h && head.SequenceEqual(h))
            {
                return true;
            }
        }

        return a.HistoryHeads().GetAlternateLookup<ReadOnlySpan<char>>().Contains(head);
    }

    /// <summary>Entities before token <paramref name="i"/>, nearest first: this sentence's arguments by end (descending,
    /// stable), then the article's history from the latest.</summary>
    private static IEnumerable<Entity> Earlier(ArticleState a, SentenceState s, int i)
    {
        foreach (var m in s.ArgumentsBefore(i))
        {
            yield return m.Entity;
        }

        for (var h = a.History.Count - 1; h >= 0; h--)
        {
            yield return a.History[h].Entity;
        }
    }

    /// <summary>The English form of an attached possessive: "its neighbour", "his country" (the owner word before the
    /// noun, lexicon set possessives), read like the Arabic noun with a pronoun suffix.</summary>
    private static Reading? Possessed(HashSet<string> set, SentenceState s, int i) =>
        i > 0 && s.Tokens[i - 1].Kind == TokenKind.Word && s.Tokens[i - 1].Norm is "its" or "his" or "her" or "their" ? Match(set, s.Tokens[i], suffix: false) : null;

    private static Reading? Match(HashSet<string> set, Token t, bool suffix)
    {
        foreach (var r in t.Readings)
        {
            if (set.Contains(r.Stem) && (r.Suffix.Length > 0) == suffix)
            {
                return r;
            }
        }

        return null;
    }
}
