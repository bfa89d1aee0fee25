using GeoGraph.Extraction.Knowledge;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine.English;

/// <summary>
/// Copy whose apostrophes were stripped on the way ("Iran is Syrias closest ally", "Assads forces", "Irans Press TV"):
/// a capitalised word ending in a bare s whose stem is a name the knowledge base knows, and which is no name itself
/// ("Reuters", "Brussels", "Philippines" are), is read as the name and a possessive ending, as if the apostrophe were
/// there. Only capitalised words ending in s are looked up, two dictionary probes each.
/// </summary>
internal static class BareApostrophes
{
    private static readonly Reading[] Possessive = [new Reading(string.Empty, "'s", string.Empty)];

    public static void Split(List<Token> tokens, string text, Gazetteer gaz)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var norm = t.Norm;
            // "Syrias", and acronyms with a lower-case s ("SANAs", "AFPs"); not a word in capitals ("NEWS").
            if (t.Kind != TokenKind.Word || norm.Length < 4 || norm[^1] != 's' || t.End - t.Start != norm.Length
                || text[t.End - 1] != 's' || !char.IsUpper(text[t.Start]) || (char.IsUpper(text[t.Start + 1]) && !char.IsUpper(text[t.End - 2]))
                || (i + 1 < tokens.Count && tokens[i + 1].Norm == "'s"))
            {
                continue;
            }

            // A word of a longer name stays as it is ("United Arab Emirates", "Golan Heights").
            if (gaz.IsPrefix(norm) || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && gaz.IsPrefix($"{tokens[i - 1].Norm} {norm}"))
                || !EndsName(tokens, i, norm[..^1], gaz))
            {
                continue;
            }

            var stem = norm[..^1];
            tokens[i] = new Token(t.Start, t.End - 1, stem, TokenKind.Word, [new Reading(string.Empty, stem, string.Empty)]);
            tokens.Insert(i + 1, new Token(t.End - 1, t.End, "'s", TokenKind.Word, Possessive));
            i++;
        }
    }

    /// <summary>Whether <paramref name="stem"/> ends a knowledge-base name (not a commodity) that starts at most
    /// <see cref="Gazetteer.MaxTokens"/> tokens back: "Syria" of "Syrias", "al - qaeda" of "Al-Qaedas".</summary>
    private static bool EndsName(List<Token> tokens, int i, string stem, Gazetteer gaz)
    {
        var key = stem;
        for (var start = i; start >= 0 && i - start < gaz.MaxTokens; start--)
        {
            if (start < i)
            {
                key = tokens[start].Norm + " " + key;
            }

            if (gaz.Lookup(key) is { } hits && hits.Exists(h => h.Kind is NameKind.Name or NameKind.Metonym && h.Entry.Type is not Core.Schema.EntityType.Commodity))
            {
                return true;
            }
        }

        return false;
    }
}
