using System.Buffers.Binary;

namespace GeoGraph.Bolt.Internal.IO;

/// <summary>
/// Bolt message framing: a message travels as chunks of at most 65,535 bytes, each behind a 2-byte big-endian
/// length, and ends with the zero-length chunk <c>00 00</c>. A <c>00 00</c> between messages is a keep-alive no-op.
/// </summary>
internal static class Chunking
{
    public const int MaxChunkSize = ushort.MaxValue;

    /// <summary>Bytes to reserve in front of a message that <see cref="FrameInPlace"/> will frame.</summary>
    public const int HeaderSize = 2;

    /// <summary>Appends <paramref name="message"/> to <paramref name="output"/> as chunks plus the terminator.</summary>
    public static void WriteChunked(ReadOnlySpan<byte> message, PooledBufferWriter output)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            var span = output.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(2 + size);
            message = message[size..];
        }

        output.Write([0, 0]);
    }

    /// <summary>
    /// Frames the message written at the end of <paramref name="output"/>, behind <see cref="HeaderSize"/> bytes reserved
    /// at <paramref name="start"/>, into the same bytes <see cref="WriteChunked"/> produces: the message is encoded
    /// straight into the outgoing buffer and never copied, except that a message over 65,535 bytes moves each later
    /// chunk up by the headers before it (from the last chunk backwards, so nothing is overwritten before it moved).
    /// </summary>
    public static void FrameInPlace(PooledBufferWriter output, int start)
    {
        var length = output.WrittenCount - start - HeaderSize;
        if (length == 0)
        {
            // Nothing to frame: the reserved bytes become the terminator.
            output.WrittenSpanForUpdate[start..].Fill(0);
            return;
        }

        var chunks = (length + MaxChunkSize - 1) / MaxChunkSize;

        // Room for the extra headers and the terminator; this may move the buffer, so take the span after it.
        output.GetSpan(2 * chunks);
        var extra = 2 * (chunks - 1);
        output.Advance(extra + 2);
        var buffer = output.WrittenSpanForUpdate;
        for (var i = chunks - 1; i >= 1; i--)
        {
            var from = start + HeaderSize + (i * MaxChunkSize);
            var size = Math.Min(MaxChunkSize, length - (i * MaxChunkSize));
            var to = start + (i * (MaxChunkSize + HeaderSize)) + HeaderSize;
            buffer.Slice(from, size).CopyTo(buffer[to..]);
            BinaryPrimitives.WriteUInt16BigEndian(buffer[(to - HeaderSize)..], (ushort)size);
        }

        BinaryPrimitives.WriteUInt16BigEndian(buffer[start..], (ushort)Math.Min(MaxChunkSize, length));
        buffer[^2] = 0;
        buffer[^1] = 0;
    }
}
