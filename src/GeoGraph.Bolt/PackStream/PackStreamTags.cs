namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Tag bytes of the structures PackStream carries as values (Bolt spec, "Structure semantics").
/// Message tags (HELLO, RUN, RECORD, ...) belong to the Bolt message layer, not here.
/// </summary>
public static class PackStreamTags
{
    /// <summary>'N': Node(id, labels, properties[, element_id]).</summary>
    public const byte Node = 0x4E;

    /// <summary>'R': Relationship(id, start, end, type, properties[, element_id, start_element_id, end_element_id]).</summary>
    public const byte Relationship = 0x52;

    /// <summary>'r': UnboundRelationship(id, type, properties[, element_id]).</summary>
    public const byte UnboundRelationship = 0x72;

    /// <summary>'P': Path(nodes, unbound relationships, indices).</summary>
    public const byte Path = 0x50;

    /// <summary>'D': Date(days since 1970-01-01).</summary>
    public const byte Date = 0x44;

    /// <summary>'T': Time(nanoseconds since midnight, offset seconds).</summary>
    public const byte Time = 0x54;

    /// <summary>'t': LocalTime(nanoseconds since midnight).</summary>
    public const byte LocalTime = 0x74;

    /// <summary>'I': DateTime(UTC epoch seconds, nanoseconds, offset seconds) — Bolt 5.0+ and 4.4 with the utc patch.</summary>
    public const byte DateTime = 0x49;

    /// <summary>'i': DateTimeZoneId(UTC epoch seconds, nanoseconds, zone id) — Bolt 5.0+ and 4.4 with the utc patch.</summary>
    public const byte DateTimeZoneId = 0x69;

    /// <summary>'F': legacy DateTime(local epoch seconds, nanoseconds, offset seconds) — Bolt before 5.0.</summary>
    public const byte LegacyDateTime = 0x46;

    /// <summary>'f': legacy DateTimeZoneId(local epoch seconds, nanoseconds, zone id) — Bolt before 5.0.</summary>
    public const byte LegacyDateTimeZoneId = 0x66;

    /// <summary>'d': LocalDateTime(local epoch seconds, nanoseconds).</summary>
    public const byte LocalDateTime = 0x64;

    /// <summary>'E': Duration(months, days, seconds, nanoseconds).</summary>
    public const byte Duration = 0x45;

    /// <summary>'X': Point2D(srid, x, y).</summary>
    public const byte Point2D = 0x58;

    /// <summary>'Y': Point3D(srid, x, y, z).</summary>
    public const byte Point3D = 0x59;
}
