namespace GeoGraph.Bolt;

/// <summary>A date and wall-clock time without zone, to the nanosecond: Bolt's LocalDateTime structure ('d').</summary>
public readonly record struct LocalDateTime
{
    /// <summary>Creates a local date-time from seconds since 1970-01-01T00:00 (local) and nanoseconds.</summary>
    /// <param name="epochSeconds">Local seconds since the epoch.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    public LocalDateTime(long epochSeconds, int nanosecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nanosecond);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nanosecond, 999_999_999);
        EpochSeconds = epochSeconds;
        Nanosecond = nanosecond;
    }

    /// <summary>Creates a local date-time from a date and a time.</summary>
    /// <param name="date">The date.</param>
    /// <param name="time">The time.</param>
    public LocalDateTime(LocalDate date, LocalTime time)
        : this(checked((date.EpochDays * TemporalMath.SecondsPerDay) + (time.NanosecondOfDay / TemporalMath.NanosPerSecond)), time.Nanosecond)
    {
    }

    /// <summary>Local seconds since 1970-01-01T00:00, as Bolt carries them.</summary>
    public long EpochSeconds { get; }

    /// <summary>Nanoseconds within the second, as Bolt carries them.</summary>
    public int Nanosecond { get; }

    /// <summary>The date part.</summary>
    public LocalDate Date => new(TemporalMath.SplitDays(EpochSeconds).Days);

    /// <summary>The time part.</summary>
    public LocalTime Time => new((TemporalMath.SplitDays(EpochSeconds).SecondOfDay * TemporalMath.NanosPerSecond) + Nanosecond);

    /// <summary>Converts a <see cref="DateTime"/>, ignoring its <see cref="DateTime.Kind"/> (exact).</summary>
    /// <param name="dateTime">The date-time.</param>
    /// <returns>The same wall-clock date-time.</returns>
    public static LocalDateTime FromDateTime(DateTime dateTime)
    {
        var (seconds, nanos) = TemporalMath.FromDateTimeTicks(dateTime.Ticks);
        return new LocalDateTime(seconds, nanos);
    }

    /// <summary>Converts to a <see cref="DateTime"/> of kind Unspecified, truncating below 100 ns.</summary>
    /// <returns>The date-time, to the tick.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public DateTime ToDateTime() => TemporalMath.ToDateTime(EpochSeconds, Nanosecond, DateTimeKind.Unspecified);

    /// <summary>ISO 8601 form, e.g. 2024-02-29T13:05:09.000000001.</summary>
    /// <returns>The date-time as text.</returns>
    public override string ToString() => $"{Date}T{Time}";
}
