using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>A wall-clock time without zone, to the nanosecond: Bolt's LocalTime structure ('t').</summary>
public readonly record struct LocalTime
{
    /// <summary>Creates a time from nanoseconds since midnight.</summary>
    /// <param name="nanosecondOfDay">0 .. 86,399,999,999,999.</param>
    public LocalTime(long nanosecondOfDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nanosecondOfDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(nanosecondOfDay, TemporalMath.NanosPerDay);
        NanosecondOfDay = nanosecondOfDay;
    }

    /// <summary>Creates a time from its parts.</summary>
    /// <param name="hour">0..23.</param>
    /// <param name="minute">0..59.</param>
    /// <param name="second">0..59.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    public LocalTime(int hour, int minute, int second, int nanosecond = 0)
        : this(ToNanos(hour, minute, second, nanosecond))
    {
    }

    /// <summary>Nanoseconds since midnight, the value Bolt carries.</summary>
    public long NanosecondOfDay { get; }

    /// <summary>The hour, 0..23.</summary>
    public int Hour => (int)(NanosecondOfDay / (3600 * TemporalMath.NanosPerSecond));

    /// <summary>The minute, 0..59.</summary>
    public int Minute => (int)(NanosecondOfDay / (60 * TemporalMath.NanosPerSecond) % 60);

    /// <summary>The second, 0..59.</summary>
    public int Second => (int)(NanosecondOfDay / TemporalMath.NanosPerSecond % 60);

    /// <summary>The nanosecond within the second.</summary>
    public int Nanosecond => (int)(NanosecondOfDay % TemporalMath.NanosPerSecond);

    /// <summary>Converts a <see cref="TimeOnly"/> (exact: ticks are whole nanoseconds).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The same time.</returns>
    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * TemporalMath.NanosPerTick);

    /// <summary>Converts to <see cref="TimeOnly"/>, truncating nanoseconds below its 100 ns tick.</summary>
    /// <returns>The time, to the tick.</returns>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / TemporalMath.NanosPerTick);

    /// <summary>ISO 8601 form, e.g. 13:05:09.000000001.</summary>
    /// <returns>The time as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Hour:00}:{Minute:00}:{Second:00}.{Nanosecond:000000000}");

    internal static long ToNanos(int hour, int minute, int second, int nanosecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        ArgumentOutOfRangeException.ThrowIfNegative(minute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(second, 59);
        ArgumentOutOfRangeException.ThrowIfNegative(nanosecond);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nanosecond, 999_999_999);
        return (((((hour * 60L) + minute) * 60L) + second) * TemporalMath.NanosPerSecond) + nanosecond;
    }
}
