using System.Buffers.Binary;

namespace GeoGraph.Bolt.Internal.Protocol;

/// <summary>
/// The Bolt handshake: the client sends the magic <c>60 60 B0 17</c> and four 4-byte proposals, the server answers
/// with the 4-byte version it picked. A proposal is <c>[0, range, minor, major]</c>: "major.minor and the
/// <c>range</c> minors below it" (ranges exist since Bolt 4.3; servers before that ignore byte 1).
/// </summary>
internal static class BoltHandshake
{
    public const int MagicPreamble = 0x6060B017;

    /// <summary>
    /// Our proposals, most preferred first: 5.8–5.6, 5.4–5.0, 4.4, and an empty slot. 5.5 is deliberately never offered
    /// (no server shipped it; Neo4j's drivers skip it too), which is why 5.x takes two ranges.
    /// </summary>
    public static ReadOnlySpan<byte> Request =>
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x02, 0x08, 0x05,
        0x00, 0x04, 0x04, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>Versions we can speak, for checking the answer.</summary>
    public static bool IsSupported(BoltVersion v) =>
        v == BoltVersion.V4_4 || (v.Major == 5 && v.Minor is >= 0 and <= 8 and not 5);

    /// <summary>Interprets the server's 4-byte answer <c>[0, 0, minor, major]</c>.</summary>
    public static BoltVersion ParseAnswer(ReadOnlySpan<byte> answer, string address)
    {
        if (answer.Length != 4)
        {
            throw new ArgumentException("The handshake answer is 4 bytes.", nameof(answer));
        }

        // An HTTP server on the Bolt port answers our bytes with "HTTP/1.1 400 ...": a common misconfiguration
        // (pointing bolt:// at the browser port 7474), so name it rather than report a nonsense version.
        if (answer.SequenceEqual("HTTP"u8))
        {
            throw new ServiceUnavailableException(
                $"Server at {address} answered the Bolt handshake with HTTP: this is an HTTP port (e.g. Neo4j Browser on 7474); Bolt listens on 7687 by default.");
        }

        var raw = BinaryPrimitives.ReadUInt32BigEndian(answer);
        if (raw == 0)
        {
            throw new ServiceUnavailableException(
                $"Server at {address} supports none of the Bolt versions we offered (5.8–5.6, 5.4–5.0, 4.4).");
        }

        var version = new BoltVersion(answer[3], answer[2]);
        if (answer[0] != 0 || answer[1] != 0 || !IsSupported(version))
        {
            throw new ProtocolException(
                $"Server at {address} answered the handshake with 0x{raw:X8} (version {version}), which we did not offer.");
        }

        return version;
    }
}
