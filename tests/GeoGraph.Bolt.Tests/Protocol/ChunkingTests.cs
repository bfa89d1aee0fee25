using GeoGraph.Bolt.Internal.IO;

namespace GeoGraph.Bolt.Tests.Protocol;

public class ChunkingTests
{
    private static byte[] Chunk(byte[] message)
    {
        using var output = new PooledBufferWriter();
        Chunking.WriteChunked(message, output);
        return output.WrittenSpan.ToArray();
    }

    private static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void Small_message_is_one_chunk_plus_terminator()
    {
        Assert.Equal(Convert.FromHexString("0003B170A00000"), Chunk(Convert.FromHexString("B170A0")));
    }

    [Fact]
    public void Payload_of_65535_bytes_fits_one_chunk()
    {
        var message = Pattern(65535);
        var bytes = Chunk(message);
        Assert.Equal(2 + 65535 + 2, bytes.Length);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, bytes[..2]);
        Assert.Equal(message, bytes[2..65537]);
        Assert.Equal(new byte[] { 0, 0 }, bytes[^2..]);
    }

    [Fact]
    public void Payload_of_65536_bytes_needs_a_second_one_byte_chunk()
    {
        var message = Pattern(65536);
        var bytes = Chunk(message);
        Assert.Equal(2 + 65535 + 2 + 1 + 2, bytes.Length);
        Assert.Equal(new byte[] { 0xFF, 0xFF }, bytes[..2]);
        Assert.Equal(new byte[] { 0x00, 0x01 }, bytes[65537..65539]);
        Assert.Equal(message[^1], bytes[65539]);
        Assert.Equal(new byte[] { 0, 0 }, bytes[^2..]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65534)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65535 * 2)]
    [InlineData(65535 * 2 + 1)]
    [InlineData(200_000)]
    public async Task Reader_reassembles_what_the_writer_chunked(int length)
    {
        var message = Pattern(length);
        using var reader = new ChunkReader(new MemoryStream(Chunk(message)));
        var read = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal(message, read.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65534)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65535 * 2)]
    [InlineData(65535 * 2 + 1)]
    [InlineData(200_000)]
    public void Framing_in_place_behind_an_earlier_message_gives_the_bytes_of_copying_into_chunks(int length)
    {
        var earlier = Chunk(Convert.FromHexString("B170A0"));
        var message = Pattern(length);
        using var output = new PooledBufferWriter(16);
        output.Write(earlier);
        var start = output.WrittenCount;
        output.Write([0xEE, 0xEE]); // the reserved header: framing must overwrite it
        output.Write(message);

        Chunking.FrameInPlace(output, start);

        Assert.Equal([.. earlier, .. (length == 0 ? [0, 0] : Chunk(message))], output.WrittenSpan.ToArray());
    }

    [Fact]
    public async Task Reader_skips_keep_alive_no_op_chunks_between_messages()
    {
        var stream = new MemoryStream(Convert.FromHexString("0000" + "0000" + "0002B07E0000" + "0000" + "0003B170A00000"));
        using var reader = new ChunkReader(stream);
        Assert.Equal(Convert.FromHexString("B07E"), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(Convert.FromHexString("B170A0"), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task Reader_joins_a_message_split_over_several_chunks()
    {
        var stream = new MemoryStream(Convert.FromHexString("0001B1" + "000270A0" + "0000"));
        using var reader = new ChunkReader(stream);
        Assert.Equal(Convert.FromHexString("B170A0"), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    [Theory]
    [InlineData("0008B170A1")] // chunk shorter than announced
    [InlineData("0003B170A0")] // no terminator
    [InlineData("00")]         // half a chunk header
    public async Task Stream_ending_inside_a_message_is_reported(string hex)
    {
        using var reader = new ChunkReader(new MemoryStream(Convert.FromHexString(hex)));
        var e = await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(CancellationToken.None));
        Assert.Contains("middle of a message", e.Message);
    }

    [Fact]
    public async Task Stream_ending_between_messages_says_the_server_closed()
    {
        using var reader = new ChunkReader(new MemoryStream([]));
        var e = await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(CancellationToken.None));
        Assert.Contains("closed the connection", e.Message);
    }
}
