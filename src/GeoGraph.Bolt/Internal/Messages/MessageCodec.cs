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

    public static void Encode(RequestMessage message, BoltVersion version, IBufferWriter<byte> output)
    {
        var fields = message.Fields(version);
        var writer = new PackStreamWriter(output, OptionsFor(version));
        writer.WriteStructHeader(fields.Count, message.Signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }
    }

    public static Response Decode(ReadOnlySpan<byte> message, BoltVersion version)
    {
        var reader = new PackStreamReader(message, OptionsFor(version));
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
