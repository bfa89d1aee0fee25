namespace GeoGraph.Bolt;

/// <summary>
/// A date-time at a UTC offset or in a named zone, to the nanosecond: Bolt's DateTime ('I', or legacy 'F') and
/// DateTimeZoneId ('i', or legacy 'f') structures.
/// </summary>
/// <remarks>
/// Bolt 5.0+ sends seconds in UTC, Bolt 4.4 and earlier in local time; with an offset one converts exactly into
/// the other, with a zone id only through a time-zone database. This type keeps whichever the wire gave and fills
/// in the other from this machine's zone data when it knows the zone; <see cref="UtcEpochSeconds"/> or
/// <see cref="LocalEpochSeconds"/> is null when it could not.
/// </remarks>
public readonly record struct ZonedDateTime
{
    private ZonedDateTime(long? utcSeconds, long? localSeconds, int nanosecond, int? offsetSeconds, string? zoneId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nanosecond);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nanosecond, 999_999_999);
        UtcEpochSeconds = utcSeconds;
        LocalEpochSeconds = localSeconds;
        Nanosecond = nanosecond;
        OffsetSeconds = offsetSeconds;
        ZoneId = zoneId;
    }

    /// <summary>Creates a date-time at a fixed offset from its UTC instant.</summary>
    /// <param name="utcEpochSeconds">Seconds since 1970-01-01T00:00Z.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    /// <param name="offsetSeconds">Offset from UTC in seconds (east positive).</param>
    public ZonedDateTime(long utcEpochSeconds, int nanosecond, int offsetSeconds)
        : this(utcEpochSeconds, checked(utcEpochSeconds + offsetSeconds), nanosecond, offsetSeconds, null)
    {
    }

    /// <summary>
    /// Creates a date-time in a named zone from its UTC instant and the zone's offset at that instant (known, so
    /// no zone database is consulted).
    /// </summary>
    /// <param name="utcEpochSeconds">Seconds since 1970-01-01T00:00Z.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    /// <param name="offsetSeconds">The zone's offset from UTC at that instant.</param>
    /// <param name="zoneId">IANA zone id, e.g. "Europe/Stockholm".</param>
    public ZonedDateTime(long utcEpochSeconds, int nanosecond, int offsetSeconds, string zoneId)
        : this(utcEpochSeconds, checked(utcEpochSeconds + offsetSeconds), nanosecond, offsetSeconds, zoneId ?? throw new ArgumentNullException(nameof(zoneId)))
    {
    }

    /// <summary>Converts a <see cref="DateTimeOffset"/> (exact: ticks are whole nanoseconds).</summary>
    /// <param name="value">The date-time; its offset must be whole seconds.</param>
    public ZonedDateTime(DateTimeOffset value)
        : this(FromTicks(value.UtcTicks).Seconds, FromTicks(value.UtcTicks).Nanos, checked((int)(value.Offset.Ticks / TimeSpan.TicksPerSecond)))
    {
    }

    /// <summary>Seconds since 1970-01-01T00:00Z, or null for a zone this machine does not know read in local form.</summary>
    public long? UtcEpochSeconds { get; }

    /// <summary>Local wall-clock seconds since 1970-01-01T00:00, or null for an unknown zone read in UTC form.</summary>
    public long? LocalEpochSeconds { get; }

    /// <summary>Nanoseconds within the second.</summary>
    public int Nanosecond { get; }

    /// <summary>Offset from UTC in seconds at this instant, or null for a zone this machine does not know.</summary>
    public int? OffsetSeconds { get; }

    /// <summary>The IANA zone id, or null for a fixed offset.</summary>
    public string? ZoneId { get; }

    /// <summary>
    /// Creates a date-time in a named zone from its UTC instant, looking the offset up in this machine's zone data
    /// (left null when the zone is unknown).
    /// </summary>
    /// <param name="utcEpochSeconds">Seconds since 1970-01-01T00:00Z.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    /// <param name="zoneId">IANA zone id.</param>
    /// <returns>The date-time.</returns>
    public static ZonedDateTime FromUtc(long utcEpochSeconds, int nanosecond, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        int? offset = TemporalMath.OffsetAtUtc(zoneId, utcEpochSeconds);
        return new ZonedDateTime(utcEpochSeconds, utcEpochSeconds + offset, nanosecond, offset, zoneId);
    }

    /// <summary>Creates a date-time at a fixed offset from its local wall-clock seconds (Bolt's legacy 'F' form).</summary>
    /// <param name="localEpochSeconds">Local seconds since 1970-01-01T00:00.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    /// <param name="offsetSeconds">Offset from UTC in seconds.</param>
    /// <returns>The date-time.</returns>
    public static ZonedDateTime FromLocal(long localEpochSeconds, int nanosecond, int offsetSeconds) =>
        new(checked(localEpochSeconds - offsetSeconds), localEpochSeconds, nanosecond, offsetSeconds, null);

    /// <summary>
    /// Creates a date-time in a named zone from its local wall-clock seconds (Bolt's legacy 'f' form), looking the
    /// offset up in this machine's zone data (left null, with the UTC instant, when the zone is unknown).
    /// </summary>
    /// <param name="localEpochSeconds">Local seconds since 1970-01-01T00:00.</param>
    /// <param name="nanosecond">0..999,999,999.</param>
    /// <param name="zoneId">IANA zone id.</param>
    /// <returns>The date-time.</returns>
    public static ZonedDateTime FromLocal(long localEpochSeconds, int nanosecond, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        int? offset = TemporalMath.OffsetAtLocal(zoneId, localEpochSeconds);
        return new ZonedDateTime(localEpochSeconds - offset, localEpochSeconds, nanosecond, offset, zoneId);
    }

    /// <summary>Converts to a <see cref="DateTimeOffset"/>, truncating below 100 ns; the zone id is dropped.</summary>
    /// <returns>The same instant at the same offset.</returns>
    /// <exception cref="InvalidOperationException">The offset is unknown (zone not on this machine).</exception>
    public DateTimeOffset ToDateTimeOffset()
    {
        if (UtcEpochSeconds is not { } utc || OffsetSeconds is not { } offset)
        {
            throw new InvalidOperationException($"The UTC offset of zone '{ZoneId}' is unknown on this machine.");
        }

        var utcTime = TemporalMath.ToDateTime(utc, Nanosecond, DateTimeKind.Utc);
        return new DateTimeOffset(utcTime.Ticks + (offset * TimeSpan.TicksPerSecond), TimeSpan.FromSeconds(offset));
    }

    /// <summary>ISO 8601 form, e.g. 2024-02-29T13:05:09.000000001+01:00[Europe/Stockholm].</summary>
    /// <returns>The date-time as text.</returns>
    public override string ToString()
    {
        string local = LocalEpochSeconds is { } l ? new LocalDateTime(l, Nanosecond).ToString() : $"{new LocalDateTime(UtcEpochSeconds ?? 0, Nanosecond)}Z";
        string offset = OffsetSeconds is { } o && LocalEpochSeconds is not null ? OffsetText.Format(o) : string.Empty;
        return ZoneId is null ? local + offset : $"{local}{offset}[{ZoneId}]";
    }

    private static (long Seconds, int Nanos) FromTicks(long utcTicks) => TemporalMath.FromDateTimeTicks(utcTicks);
}
