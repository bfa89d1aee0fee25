using System.Buffers.Binary;

namespace GeoGraph.Bolt.Internal.IO;

/// <summary>
/// Bolt message framing: a message travels as chunks of at most 65,535 bytes, each behind a 2-byte big-endian
/// length, and ends with the zero-length chunk <c>00 00</c>. A <c>00 00</c> between messages is a keep-alive no-op.
/// </summary>
internal static class Chunking
{
    public const int MaxChunkSize = ushort.MaxValue;

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
}
