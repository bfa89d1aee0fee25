using System.Globalization;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// Resolves the time expression nearest a trigger against the article date: weekday names (the most recent such day
/// on or before the date), أمس/اليوم, «في يناير» (that month, in the article's year or the one before), «2 أكتوبر»,
/// «عام 2022» / «في 1961» (the year). With <c>forward</c> (a planned event) a weekday is the next such day on or after
/// the date and a month without a year is the next such month.
/// </summary>
internal static class TimeResolver
{
    public static string? Find(ArticleState a, SentenceState s, int trigger, bool forward = false)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var t = s.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var distance = Math.Abs(i - trigger);
            if (distance >= bestDistance || distance > 12)
            {
                continue;
            }

            // The value at a token depends on the token, its neighbours, the article date and the direction only, so
            // it is read once per sentence and shared by every statement of the sentence.
            var value = s.TimeAt(i, forward, static (a, s, i, forward) => ValueAt(a, s, i, forward), a);
            if (value is not null)
            {
                best = value;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The time expression at token i, resolved against the article date (forward: the next such day or
    /// month), or null.</summary>
    private static string? ValueAt(ArticleState a, SentenceState s, int i, bool forward)
    {
        var lex = a.Pack.Lexicon;
        var date = a.Date;
        var t = s.Tokens;
        if (t[i].Kind == TokenKind.Word && !lex.Has(LanguagePack.DateWords, t[i]))
        {
            // Only a number (a year) or a word of the date lists below starts a time expression: one bit for the rest.
            return null;
        }

        string? value = null;
        var weekday = Index(lex.Ordered.GetValueOrDefault("weekdays") ?? [], t[i]);
        if (weekday >= 0 && date is { } wd)
        {
            // The list starts on Sunday, like DayOfWeek.
            var back = forward ? -((weekday - (int)wd.DayOfWeek + 7) % 7) : ((int)wd.DayOfWeek - weekday + 7) % 7;
            value = wd.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (lex.Has("yesterday", t[i]) && date is { } y)
        {
            value = y.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (lex.Has("today", t[i]) && date is { } td)
        {
            value = td.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (Month(lex, t[i]) is { } month and > 0)
        {
            var year = i + 1 < t.Count && Year(t[i + 1]) is { } yy ? yy : i + 2 < t.Count && Year(t[i + 2]) is { } y2 && t[i + 1].Kind == TokenKind.Punct ? y2 : (int?)null;
            year ??= i + 3 < t.Count && Year(t[i + 3]) is { } y3 ? y3 : null;
            if (year is null && date is { } md)
            {
                year = forward ? (month < md.Month ? md.Year + 1 : md.Year) : month > md.Month + 1 ? md.Year - 1 : md.Year;
            }

            if (year is not null)
            {
                var day = i > 0 && t[i - 1].Kind == TokenKind.Number && int.TryParse(t[i - 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd is >= 1 and <= 31 ? dd : 0;

                // English writes the day after the month ("Dec. 23", "August 21").
                if (day == 0 && i + 1 < t.Count && t[i + 1].Kind == TokenKind.Number && int.TryParse(t[i + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var da) && da is >= 1 and <= 31)
                {
                    day = da;
                }
                value = day > 0 ? $"{year:D4}-{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}";
            }
        }
        else if (Year(t[i]) is { } year && i > 0 && lex.Has("year_intro", t[i - 1]))
        {
            value = year.ToString(CultureInfo.InvariantCulture);
        }

        return value;
    }

    private static int Index(List<string> days, Token t)
    {
        foreach (var r in t.Readings)
        {
            var i = days.IndexOf(r.Stem);
            if (i >= 0)
            {
                return i % 7;
            }
        }

        return -1;
    }

    /// <summary>The month (1–12) a token names in the lexicon's month sets, or null.</summary>
    internal static int? Month(Lexicon lex, Token t) => lex.MonthOf(t) is var m and > 0 ? m : null;

    private static int? Year(Token t) =>
        t.Kind == TokenKind.Number && t.Norm.Length == 4 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;
}
