namespace GeoGraph.Bolt;

/// <summary>
/// The peer broke the Bolt protocol: bad handshake answer, unexpected message, malformed chunk or PackStream.
/// The connection that saw it is closed. Where known, <see cref="Offset"/> and <see cref="Byte"/> locate the fault.
/// </summary>
public sealed class ProtocolException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public ProtocolException() : this("Bolt protocol violation.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public ProtocolException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ProtocolException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception naming the offending byte and its offset.</summary>
    public ProtocolException(string message, long offset, byte value, Exception? innerException = null)
        : base($"{message} (byte 0x{value:X2} at offset {offset})", innerException)
    {
        Offset = offset;
        Byte = value;
    }

    /// <summary>Offset of the offending byte in the message or stream, or null when not known.</summary>
    public long? Offset { get; }

    /// <summary>The offending byte, or null when not known.</summary>
    public byte? Byte { get; }
}
