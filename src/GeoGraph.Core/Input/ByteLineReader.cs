namespace GeoGraph.Core.Input;

/// <summary>
/// Splits a stream into lines of raw bytes, so each JSONL line is decoded on its own: one line with invalid UTF-8 is
/// reported and the next line is still read, which a <see cref="StreamReader"/> with a throwing decoder cannot do.
/// </summary>
internal sealed class ByteLineReader(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Bytes consumed before the current buffer start, for offsets in messages.</summary>
    public long Position { get; private set; }

    /// <summary>Reads the next line without its <c>\n</c> (and <c>\r</c>); the memory is valid until the next call.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line, or null at the end of the stream.</returns>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = _start;
        while (true)
        {
            var nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                var line = Trim(_start, nl);
                Position += nl + 1 - _start;
                _start = nl + 1;
                return line;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = Trim(_start, _end);
                Position += _end - _start;
                _start = _end;
                return last;
            }

            scanFrom = _end - _start;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        return _buffer.AsMemory(start, end - start);
    }
}
