using System.Buffers;
using System.Buffers.Binary;

namespace GeoGraph.Bolt.Internal.IO;

/// <summary>
/// Reads whole Bolt messages from a stream: collects chunks into one pooled buffer until the <c>00 00</c> terminator,
/// skipping keep-alive no-ops (a <c>00 00</c> before any chunk of a message). The returned memory is valid until
/// the next call. A stream that ends mid-message raises <see cref="EndOfStreamException"/>.
/// </summary>
internal sealed class ChunkReader(Stream stream) : IDisposable
{
    private readonly Stream _stream = stream;
    private readonly PooledBufferWriter _message = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _start;
    private int _end;

    /// <summary>Bytes received since the connection opened (for error offsets).</summary>
    public long Position { get; private set; }

    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        _message.Reset();
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            Consume(2);
            if (size == 0)
            {
                if (_message.WrittenCount == 0)
                {
                    continue; // keep-alive no-op between messages
                }

                return _message.WrittenMemory;
            }

            var remaining = (int)size;
            while (remaining > 0)
            {
                await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(remaining, _end - _start);
                _message.Write(_buffer.AsSpan(_start, take));
                Consume(take);
                remaining -= take;
            }
        }
    }

    public void Dispose()
    {
        _message.Dispose();
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    private async ValueTask FillAsync(int needed, CancellationToken cancellationToken)
    {
        if (_end - _start >= needed)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end - _start < needed)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException(
                    _message.WrittenCount == 0 && _end == _start
                        ? "The server closed the connection."
                        : $"The server closed the connection in the middle of a message (after {Position} bytes).");
            }

            _end += read;
        }
    }
}
