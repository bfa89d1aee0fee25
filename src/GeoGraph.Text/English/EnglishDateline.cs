namespace GeoGraph.Text.English;

/// <summary>
/// A wire-copy dateline at the start of a line: the place in capitals, optionally a date, optionally the agency in
/// brackets, then a dash ("MOSCOW (Reuters) -", "WASHINGTON, Nov 12 (AP) —", "BEIRUT/DAMASCUS -"). It says where
/// the story was filed: a location qualifier, not part of the first sentence's subject.
/// </summary>
/// <param name="Start">Start of the dateline.</param>
/// <param name="End">End of the dateline including its dash (exclusive).</param>
/// <param name="PlaceStart">Start of the place name.</param>
/// <param name="PlaceEnd">End of the place name (exclusive).</param>
/// <param name="AgencyStart">Start of the agency name inside the brackets, or -1.</param>
/// <param name="AgencyEnd">End of the agency name, or -1.</param>
public readonly record struct EnglishDateline(int Start, int End, int PlaceStart, int PlaceEnd, int AgencyStart, int AgencyEnd)
{
    private const int MaxLength = 80;

    /// <summary>Recognises a dateline at <paramref name="start"/> (a line start) before <paramref name="limit"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the line starts (leading blanks are skipped).</param>
    /// <param name="limit">Where the line ends.</param>
    /// <param name="dateline">The dateline when found.</param>
    /// <returns>True when the line opens with a dateline.</returns>
    public static bool TryMatch(string text, int start, int limit, out EnglishDateline dateline)
    {
        ArgumentNullException.ThrowIfNull(text);
        dateline = default;
        limit = Math.Min(limit, text.Length);
        var i = start;
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // The place: words in capitals (two letters or more in all), with spaces, '/', '.', '-' or '\''.
        var placeStart = i;
        var letters = 0;
        while (i < limit && i - placeStart < MaxLength)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '/' or '.' or '-' or '\'' or '’') || (c == '-' && (i + 1 >= limit || !char.IsLetter(text[i + 1]))))
            {
                break;
            }

            i++;
        }

        var placeEnd = i;
        while (placeEnd > placeStart && text[placeEnd - 1] is ' ' or '-')
        {
            placeEnd--;
        }

        if (letters < 2)
        {
            return false;
        }

        // An optional date after a comma: ", Nov 12", ", Nov. 12", ", 12 November".
        if (i < limit && text[i] == ',')
        {
            i++;
            while (i < limit && i - placeStart < MaxLength && (char.IsLetterOrDigit(text[i]) || text[i] is ' ' or '.' or ','))
            {
                i++;
            }
        }

        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        var agencyStart = -1;
        var agencyEnd = -1;
        if (i < limit && text[i] == '(')
        {
            var close = text.IndexOf(')', i, Math.Min(limit - i, 40));
            if (close < 0)
            {
                return false;
            }

            agencyStart = i + 1;
            agencyEnd = close;
            i = close + 1;
            while (i < limit && text[i] == ' ')
            {
                i++;
            }
        }

        // The dash, then a space: a hyphen inside a name ("AL-ARISH") is not a dateline dash.
        if (i >= limit || text[i] is not ('-' or '–' or '—' or '―'))
        {
            return false;
        }

        i++;
        if (i < limit && text[i] is '-')
        {
            i++;
        }

        if (i < limit && !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        // Without an agency the place must be a short capitalised line opener, e.g. "MOSCOW -".
        if (agencyStart < 0 && placeEnd - placeStart > 40)
        {
            return false;
        }

        dateline = new EnglishDateline(placeStart, i, placeStart, placeEnd, agencyStart, agencyEnd);
        return true;
    }
}
