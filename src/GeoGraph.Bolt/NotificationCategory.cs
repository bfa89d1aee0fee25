namespace GeoGraph.Bolt;

/// <summary>
/// Category of a notification (Bolt 5.2+ <c>category</c>) or classification of a GQL status object (Bolt 5.6+
/// <c>_classification</c>); also what a client may ask the server not to report.
/// </summary>
public enum NotificationCategory
{
    /// <summary>The server sent no category, or one this driver does not know (see the raw value).</summary>
    Unknown = 0,

    /// <summary><c>HINT</c>: a query hint could not be honoured.</summary>
    Hint,

    /// <summary><c>UNRECOGNIZED</c>: unknown label, relationship type, property, procedure...</summary>
    Unrecognized,

    /// <summary><c>UNSUPPORTED</c>: an experimental or unsupported feature was used.</summary>
    Unsupported,

    /// <summary><c>PERFORMANCE</c>: the query may run slowly (cartesian products, unbounded patterns...).</summary>
    Performance,

    /// <summary><c>DEPRECATION</c>: deprecated syntax or feature.</summary>
    Deprecation,

    /// <summary><c>SECURITY</c>: security-related information (e.g. a role that does not exist).</summary>
    Security,

    /// <summary><c>TOPOLOGY</c>: cluster topology information.</summary>
    Topology,

    /// <summary><c>GENERIC</c>: anything else the server wants to say.</summary>
    Generic,

    /// <summary><c>SCHEMA</c>: index or constraint related information.</summary>
    Schema,
}
