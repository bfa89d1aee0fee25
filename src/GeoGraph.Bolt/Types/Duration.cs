using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>
/// An amount of time in months, days, seconds and nanoseconds, kept apart because their lengths vary: Bolt's
/// Duration structure ('E').
/// </summary>
public readonly record struct Duration
{
    /// <summary>Creates a duration from its four components, as Bolt carries them.</summary>
    /// <param name="months">Months.</param>
    /// <param name="days">Days.</param>
    /// <param name="seconds">Seconds.</param>
    /// <param name="nanoseconds">Nanoseconds; Neo4j normalises these to 0..999,999,999 but any int is carried.</param>
    public Duration(long months, long days, long seconds, int nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = seconds;
        Nanoseconds = nanoseconds;
    }

    /// <summary>Months.</summary>
    public long Months { get; }

    /// <summary>Days.</summary>
    public long Days { get; }

    /// <summary>Seconds.</summary>
    public long Seconds { get; }

    /// <summary>Nanoseconds.</summary>
    public int Nanoseconds { get; }

    /// <summary>Converts a <see cref="TimeSpan"/> to seconds and nanoseconds (no months or days; exact).</summary>
    /// <param name="value">The time span.</param>
    /// <returns>The same length of time.</returns>
    public static Duration FromTimeSpan(TimeSpan value)
    {
        long seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out long rem);
        if (rem < 0)
        {
            seconds--;
            rem += TimeSpan.TicksPerSecond;
        }

        return new Duration(0, 0, seconds, (int)(rem * TemporalMath.NanosPerTick));
    }

    /// <summary>Converts to a <see cref="TimeSpan"/>, counting a day as 86,400 s and truncating below 100 ns.</summary>
    /// <returns>The length of time.</returns>
    /// <exception cref="InvalidOperationException">The duration has months, whose length is not fixed.</exception>
    public TimeSpan ToTimeSpan()
    {
        if (Months != 0)
        {
            throw new InvalidOperationException($"Duration {this} has months, which have no fixed length.");
        }

        long seconds = checked((Days * TemporalMath.SecondsPerDay) + Seconds);
        return new TimeSpan(checked((seconds * TimeSpan.TicksPerSecond) + (Nanoseconds / TemporalMath.NanosPerTick)));
    }

    /// <summary>ISO 8601 form, e.g. P14M16DT12.000000001S.</summary>
    /// <returns>The duration as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{Seconds}.{Math.Abs(Nanoseconds):000000000}S");
}
