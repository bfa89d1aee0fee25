using System.Text;

namespace GeoGraph.Text.English;

/// <summary>
/// Character-by-character folding for English lookup keys that never moves offsets: every character maps to one
/// character or to <see cref="TextNormalizer.Removed"/>. Case is folded (capitalisation stays readable in the source
/// text through the token span, see <see cref="EnglishWordShapes"/>), Latin letters lose their diacritics (François →
/// francois, Bermúdez → bermudez), curly apostrophes and quotes become straight ones (Israel’s ≡ Israel's), dashes
/// become '-', non-breaking spaces become spaces, and format characters (zero-width, bidi) and combining marks vanish.
/// </summary>
public static class EnglishNormalizer
{
    private static readonly char[] LatinTable = BuildLatinTable();

    /// <summary>Folds one character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character, or <see cref="TextNormalizer.Removed"/>.</returns>
    // Inlined: the tokenizer folds every character two or three times, nearly all of them ASCII.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : FoldBeyondAscii(c);

    private static char FoldBeyondAscii(char c)
    {
        if (c < 0x250)
        {
            return LatinTable[c];
        }

        switch (c)
        {
            case '‘' or '’' or '‚' or '‛' or '′' or 'ʼ':
                return '\'';
            case '“' or '”' or '„' or '‟' or '″':
                return '"';
            case '‐' or '‑' or '‒' or '–' or '—' or '―' or '−':
                return '-';
            case '\u2007' or '\u202f' or '\u2009' or '\u200a' or '\u2002' or '\u2003':
                return ' ';
            case '…':
                return '…';
        }

        if (TextNormalizer.IsMark(c))
        {
            return TextNormalizer.Removed;
        }

        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>The lookup key of a name or phrase: folded, dots of abbreviations dropped (U.S. ≡ US), possessive
    /// and hyphen split off as by the tokenizer, tokens joined by one space.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The key, e.g. <c>"us"</c> for "U.S." and <c>"russia 's"</c> for "Russia’s".</returns>
    public static string Key(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var tokens = EnglishTokenizer.Tokenize(s, 0, s.Length);
        var sb = new StringBuilder(s.Length);
        foreach (var t in tokens)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(t.Norm);
        }

        return sb.ToString();
    }

    // Latin-1 and Latin Extended-A/B letters and the base letter they decompose to (Unicode NFD, first character),
    // spelled out because the build runs with invariant globalization, where string.Normalize does not decompose.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    private static char[] BuildLatinTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = i < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
        }

        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Bases[i];
        }

        // Letters with a stroke or ligatures have no decomposition; fold them to the letter a reader would type.
        table['ø'] = table['Ø'] = 'o';
        table['ł'] = table['Ł'] = 'l';
        table['đ'] = table['Đ'] = 'd';
        table['ß'] = 's';
        table['æ'] = table['Æ'] = 'a';
        table['œ'] = table['Œ'] = 'o';
        table['ı'] = 'i';
        table['\u00a0'] = ' ';
        table['\u00ad'] = TextNormalizer.Removed;
        table['´'] = '\'';
        return table;
    }
}
