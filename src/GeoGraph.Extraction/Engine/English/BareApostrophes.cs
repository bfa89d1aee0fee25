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
            if (t.Kind != TokenKind.Word || norm.Length < 4 || norm[^1] != 's' || t.End - t.Start != norm.Length
                || text[t.End - 1] != 's' || !char.IsUpper(text[t.Start]) || char.IsUpper(text[t.Start + 1])
                || (i + 1 < tokens.Count && tokens[i + 1].Norm == "'s"))
            {
                continue;
            }

            // A word of a longer name stays as it is ("United Arab Emirates", "Golan Heights").
            if (gaz.IsPrefix(norm) || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && gaz.IsPrefix($"{tokens[i - 1].Norm} {norm}"))
                || gaz.Lookup(norm.AsSpan(0, norm.Length - 1)) is not { } hits
                || !hits.Exists(h => h.Kind is NameKind.Name or NameKind.Metonym && h.Entry.Type is not Core.Schema.EntityType.Commodity))
            {
                continue;
            }

            var stem = norm[..^1];
            tokens[i] = new Token(t.Start, t.End - 1, stem, TokenKind.Word, [new Reading(string.Empty, stem, string.Empty)]);
            tokens.Insert(i + 1, new Token(t.End - 1, t.End, "'s", TokenKind.Word, Possessive));
            i++;
        }
    }
}
