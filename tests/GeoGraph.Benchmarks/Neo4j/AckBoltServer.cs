using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace GeoGraph.Benchmarks.Neo4j;

/// <summary>
/// A Bolt endpoint on 127.0.0.1 that acknowledges everything: it agrees to Bolt 5.4 in the handshake and answers
/// every client message with <c>SUCCESS {}</c>, reading only the chunk framing (2-byte big-endian chunk sizes, a
/// zero-size chunk ending each message). It does no PackStream decoding and no work, so a benchmark against it
/// measures the client alone: building rows, PackStream encoding, chunking and the socket.
/// </summary>
internal sealed class AckBoltServer : IAsyncDisposable
{
    // SUCCESS is a structure of one field (B1), tag 0x70, with an empty map (A0): 3 bytes in one chunk, then 00 00.
    private static readonly byte[] Success = [0x00, 0x03, 0xB1, 0x70, 0xA0, 0x00, 0x00];
    private const byte Goodbye = 0x02;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private long _messages;

    public AckBoltServer()
    {
        _listener.Start();
        Uri = $"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accept = AcceptAsync();
    }

    /// <summary>The URI to connect to.</summary>
    public string Uri { get; }

    /// <summary>Client messages acknowledged so far.</summary>
    public long Messages => Interlocked.Read(ref _messages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accept;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            try
            {
                // Handshake: 4 magic bytes and 4 version proposals; we answer 5.4 (bytes 00 00 04 05).
                var handshake = new byte[20];
                await stream.ReadExactlyAsync(handshake, _stop.Token);
                await stream.WriteAsync(new byte[] { 0x00, 0x00, 0x04, 0x05 }, _stop.Token);
                await ServeMessagesAsync(stream);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or EndOfStreamException or ObjectDisposedException)
            {
                // The client went away or the benchmark is over.
            }
        }
    }

    private async Task ServeMessagesAsync(NetworkStream stream)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var position = 0;
        var messageStart = true;
        var replies = 0;
        while (true)
        {
            // Walk whole chunk headers and skip their bodies without copying; count messages as they end.
            while (true)
            {
                if (filled - position < 2)
                {
                    break;
                }

                var size = BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(position));
                if (size == 0)
                {
                    position += 2;
                    messageStart = true;
                    replies++;
                    continue;
                }

                if (messageStart)
                {
                    // The first chunk of a message starts with the structure marker, then the message's tag.
                    if (filled - position < 4)
                    {
                        break;
                    }

                    if (buffer[position + 3] == Goodbye)
                    {
                        await FlushRepliesAsync(stream, replies);
                        return;
                    }

                    messageStart = false;
                }

                if (filled - position < 2 + size)
                {
                    // Skip what is there of the body; keep the rest of the count in a pending header.
                    var have = filled - position - 2;
                    BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(filled - 2), (ushort)(size - have));
                    position = filled - 2;
                    break;
                }

                position += 2 + size;
            }

            if (replies > 0)
            {
                await FlushRepliesAsync(stream, replies);
                replies = 0;
            }

            // Keep the unread tail at the front and read more.
            var tail = filled - position;
            buffer.AsSpan(position, tail).CopyTo(buffer);
            filled = tail;
            position = 0;
            var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
            if (read == 0)
            {
                return;
            }

            filled += read;
        }
    }

    private async Task FlushRepliesAsync(NetworkStream stream, int count)
    {
        var replies = new byte[Success.Length * count];
        for (var i = 0; i < count; i++)
        {
            Success.CopyTo(replies, i * Success.Length);
        }

        await stream.WriteAsync(replies, _stop.Token);
        Interlocked.Add(ref _messages, count);
    }
}
