namespace GeoGraph.Bolt.PackStream;

/// <summary>The kind of the next value in a PackStream message, as told by its marker byte.</summary>
public enum PackStreamType
{
    /// <summary>Marker C0.</summary>
    Null,

    /// <summary>Markers C2 (false) and C3 (true).</summary>
    Boolean,

    /// <summary>Tiny integers (F0..7F) and markers C8..CB.</summary>
    Integer,

    /// <summary>Marker C1: an IEEE 754 double, big-endian.</summary>
    Float,

    /// <summary>Markers CC..CE: a byte array.</summary>
    Bytes,

    /// <summary>Markers 80..8F and D0..D2: a UTF-8 string.</summary>
    String,

    /// <summary>Markers 90..9F and D4..D6: a list of values.</summary>
    List,

    /// <summary>Markers A0..AF and D8..DA: a map from strings to values.</summary>
    Map,

    /// <summary>Markers B0..BF: a structure with a tag byte and up to 15 fields.</summary>
    Structure,
}
