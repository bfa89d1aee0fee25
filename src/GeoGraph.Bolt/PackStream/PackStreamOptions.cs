namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// What the negotiated Bolt version lets PackStream write, and how much a message may make the reader allocate.
/// Immutable; share one instance per connection.
/// </summary>
public sealed class PackStreamOptions
{
    /// <summary>64 MiB: the default cap on any declared string, byte array, list or map size.</summary>
    public const int DefaultMaxSize = 64 * 1024 * 1024;

    /// <summary>Bolt 5.0 and later: UTC date-times ('I'/'i') and element ids on graph entities.</summary>
    public static PackStreamOptions Default { get; } = new();

    /// <summary>Bolt 4.4 without the utc patch: legacy date-times ('F'/'f') and no element ids.</summary>
    public static PackStreamOptions Legacy { get; } = new() { UtcDateTime = false, ElementIds = false };

    /// <summary>
    /// True to write date-times with zone as 'I'/'i' (seconds in UTC; Bolt 5.0+, or 4.4 when the server accepted
    /// the "utc" patch), false for the legacy 'F'/'f' form (seconds in local time). The reader accepts both.
    /// </summary>
    public bool UtcDateTime { get; init; } = true;

    /// <summary>True to write element ids on nodes and relationships (Bolt 5.0+). The reader accepts both shapes.</summary>
    public bool ElementIds { get; init; } = true;

    /// <summary>Largest UTF-8 length, in bytes, a string may declare.</summary>
    public int MaxStringBytes { get; init; } = DefaultMaxSize;

    /// <summary>Largest length a byte array may declare.</summary>
    public int MaxBytesLength { get; init; } = DefaultMaxSize;

    /// <summary>Largest element count a list may declare.</summary>
    public int MaxListSize { get; init; } = DefaultMaxSize;

    /// <summary>Largest entry count a map may declare.</summary>
    public int MaxMapSize { get; init; } = DefaultMaxSize;

    /// <summary>Deepest nesting of lists, maps and structures read or written as values (guards the stack).</summary>
    public int MaxDepth { get; init; } = 256;
}
