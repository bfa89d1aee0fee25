using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>A wall-clock time with a UTC offset, to the nanosecond: Bolt's Time structure ('T').</summary>
public readonly record struct OffsetTime
{
    /// <summary>Creates a time from nanoseconds since midnight and an offset.</summary>
    /// <param name="nanosecondOfDay">Local nanoseconds since midnight.</param>
    /// <param name="offsetSeconds">Offset from UTC in seconds (east positive).</param>
    public OffsetTime(long nanosecondOfDay, int offsetSeconds)
    {
        Time = new LocalTime(nanosecondOfDay);
        OffsetSeconds = offsetSeconds;
    }

    /// <summary>Creates a time from a local time and an offset.</summary>
    /// <param name="time">The local time.</param>
    /// <param name="offsetSeconds">Offset from UTC in seconds (east positive).</param>
    public OffsetTime(LocalTime time, int offsetSeconds)
    {
        Time = time;
        OffsetSeconds = offsetSeconds;
    }

    /// <summary>The local time.</summary>
    public LocalTime Time { get; }

    /// <summary>Offset from UTC in seconds, as Bolt carries it.</summary>
    public int OffsetSeconds { get; }

    /// <summary>Nanoseconds since local midnight, as Bolt carries it.</summary>
    public long NanosecondOfDay => Time.NanosecondOfDay;

    /// <summary>Converts a <see cref="TimeOnly"/> and an offset.</summary>
    /// <param name="time">The local time.</param>
    /// <param name="offset">The offset (whole seconds).</param>
    /// <returns>The same time.</returns>
    public static OffsetTime FromTimeOnly(TimeOnly time, TimeSpan offset) =>
        new(LocalTime.FromTimeOnly(time), checked((int)(offset.Ticks / TimeSpan.TicksPerSecond)));

    /// <summary>The offset as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Offset => TimeSpan.FromSeconds(OffsetSeconds);

    /// <summary>ISO 8601 form, e.g. 13:05:09.000000001+02:00.</summary>
    /// <returns>The time as text.</returns>
    public override string ToString() => Time + OffsetText.Format(OffsetSeconds);
}
