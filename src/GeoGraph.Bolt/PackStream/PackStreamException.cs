namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Bytes that are not valid PackStream, or a value PackStream cannot carry. When reading, the message names the
/// offending marker byte and its offset in the message, which are also in <see cref="Marker"/> and <see cref="Offset"/>.
/// </summary>
public sealed class PackStreamException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What went wrong.</param>
    public PackStreamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping another.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PackStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for bad bytes at a known place.</summary>
    /// <param name="message">What went wrong, already naming the marker and offset.</param>
    /// <param name="marker">The marker byte being read, or null when the message ended before it.</param>
    /// <param name="offset">Offset of that byte from the start of the message.</param>
    public PackStreamException(string message, byte? marker, int offset)
        : base(message)
    {
        Marker = marker;
        Offset = offset;
    }

    /// <summary>Creates an exception.</summary>
    public PackStreamException()
    {
    }

    /// <summary>The marker byte at fault, or null when unknown or when the message ended first.</summary>
    public byte? Marker { get; }

    /// <summary>Offset of the marker byte from the start of the message, or -1 when not reading.</summary>
    public int Offset { get; } = -1;
}
