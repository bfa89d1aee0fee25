using System.Buffers;
using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Protocol;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// Bolt messages ⇄ PackStream: a message is one structure whose tag is the message signature. Responses are
/// SUCCESS {metadata}, RECORD [fields], IGNORED, FAILURE {metadata}; anything else is a protocol error.
/// </summary>
internal static class MessageCodec
{
    public static PackStreamOptions OptionsFor(BoltVersion version) =>
        version >= BoltVersion.V5_0 ? PackStreamOptions.Default : PackStreamOptions.Legacy;

    /// <summary>Bolt 4.4 after the server accepted the "utc" patch: UTC date-times, still no element ids.</summary>
    public static readonly PackStreamOptions Utc44 = new() { UtcDateTime = true, ElementIds = false };

    public static void Encode(RequestMessage message, BoltVersion version, IBufferWriter<byte> output) =>
        Encode(message, version, OptionsFor(version), output);

    public static Response Decode(ReadOnlySpan<byte> message, BoltVersion version) => Decode(message, OptionsFor(version));

    public static void Encode(RequestMessage message, BoltVersion version, PackStreamOptions options, IBufferWriter<byte> output)
    {
        var fields = message.Fields(version);
        var writer = new PackStreamWriter(output, options);
        writer.WriteStructHeader(fields.Count, message.Signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }
    }

    public static Response Decode(ReadOnlySpan<byte> message, PackStreamOptions options)
    {
        var reader = new PackStreamReader(message, options);
        try
        {
            if (reader.PeekType() != PackStreamType.Structure)
            {
                throw new ProtocolException("A Bolt message must be a PackStream structure", 0, message[0]);
            }

            var size = reader.ReadStructHeader(out var tag);
            Response response = (tag, size) switch
            {
                (MessageSignatures.Success, 1) => new Response(tag, reader.ReadMap(), null),
                (MessageSignatures.Failure, 1) => new Response(tag, reader.ReadMap(), null),
                (MessageSignatures.Record, 1) => new Response(tag, null, reader.ReadList()),
                (MessageSignatures.Ignored, 0) => new Response(tag, null, null),
                _ => throw new ProtocolException(
                    $"Unexpected server message {MessageSignatures.NameOf(tag)} with {size} fields", 1, tag),
            };
            if (!reader.IsAtEnd)
            {
                throw new ProtocolException($"{reader.Remaining} unexpected bytes after the {MessageSignatures.NameOf(tag)} message", reader.Position, message[reader.Position]);
            }

            return response;
        }
        catch (PackStreamException e)
        {
            throw new ProtocolException($"The server sent malformed PackStream: {e.Message}", e);
        }
        catch (InvalidCastException e)
        {
            throw new ProtocolException($"The server sent a message of the wrong shape: {e.Message}", e);
        }
    }
}
