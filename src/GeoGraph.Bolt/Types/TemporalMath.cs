namespace GeoGraph.Bolt;

/// <summary>
/// Calendar arithmetic over the proleptic Gregorian calendar for years beyond what <see cref="DateOnly"/> holds
/// (Neo4j dates span ±999,999,999 years), and zone-offset lookup for date-times carrying a zone id.
/// </summary>
internal static class TemporalMath
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerTick = 100L;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    /// <summary>Days from 0001-01-01 (DateOnly.DayNumber 0) to 1970-01-01.</summary>
    public const long UnixEpochDayNumber = 719_162L;

    // Howard Hinnant's days_from_civil: exact for any year, using 400-year eras of 146,097 days.
    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - (era * 400);
        long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    // The inverse, civil_from_days.
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719_468;
        long era = (days >= 0 ? days : days - 146_096) / 146_097;
        long dayOfEra = days - (era * 146_097);
        long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        long mp = ((5 * dayOfYear) + 2) / 153;
        int day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        int month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
    }

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Splits seconds into whole days (floored) and the second of that day.</summary>
    public static (long Days, long SecondOfDay) SplitDays(long seconds)
    {
        long days = Math.DivRem(seconds, SecondsPerDay, out long rem);
        if (rem < 0)
        {
            days--;
            rem += SecondsPerDay;
        }

        return (days, rem);
    }

    public static DateTime ToDateTime(long epochSeconds, int nanosecond, DateTimeKind kind)
    {
        // DateTime holds ticks of 100 ns; sub-tick nanoseconds are truncated, which callers document.
        long ticks = checked(((epochSeconds + (UnixEpochDayNumber * SecondsPerDay)) * TimeSpan.TicksPerSecond) + (nanosecond / NanosPerTick));
        return new DateTime(ticks, kind);
    }

    public static (long EpochSeconds, int Nanosecond) FromDateTimeTicks(long ticks)
    {
        long sinceEpoch = ticks - (UnixEpochDayNumber * SecondsPerDay * TimeSpan.TicksPerSecond);
        long seconds = Math.DivRem(sinceEpoch, TimeSpan.TicksPerSecond, out long rem);
        if (rem < 0)
        {
            seconds--;
            rem += TimeSpan.TicksPerSecond;
        }

        return (seconds, (int)(rem * NanosPerTick));
    }

    /// <summary>The zone's UTC offset at a UTC instant, or null when this machine does not know the zone.</summary>
    public static int? OffsetAtUtc(string zoneId, long utcEpochSeconds)
    {
        if (!TryFindZone(zoneId, out var zone))
        {
            return null;
        }

        var (days, _) = SplitDays(utcEpochSeconds);
        if (days < -719_162 || days > 2_932_896)
        {
            return null; // outside DateTime's years 1..9999
        }

        var utc = ToDateTime(utcEpochSeconds, 0, DateTimeKind.Utc);
        return (int)zone.GetUtcOffset(utc).TotalSeconds;
    }

    /// <summary>
    /// The zone's UTC offset at a local wall-clock time, or null when unknown. Ambiguous local times (a clock set
    /// back) take the zone's standard offset, as <see cref="TimeZoneInfo.GetUtcOffset(DateTime)"/> does.
    /// </summary>
    public static int? OffsetAtLocal(string zoneId, long localEpochSeconds)
    {
        if (!TryFindZone(zoneId, out var zone))
        {
            return null;
        }

        var (days, _) = SplitDays(localEpochSeconds);
        if (days < -719_161 || days > 2_932_895)
        {
            return null;
        }

        var local = ToDateTime(localEpochSeconds, 0, DateTimeKind.Unspecified);
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }

    private static bool TryFindZone(string zoneId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        // FindSystemTimeZoneById caches what it loads; unknown ids throw, which we turn into "unknown".
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = null;
            return false;
        }
    }
}
