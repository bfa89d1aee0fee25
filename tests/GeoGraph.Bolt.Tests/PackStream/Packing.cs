using System.Buffers;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>Writes through a <see cref="PackStreamWriter"/> into bytes or hex, for assertions.</summary>
internal static class Packing
{
    public delegate void WriteAction(ref PackStreamWriter writer);

    public static byte[] Bytes(WriteAction write, PackStreamOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer, options);
        write(ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Value(object? value, PackStreamOptions? options = null) =>
        Bytes((ref PackStreamWriter w) => w.WriteValue(value), options);

    public static string Hex(WriteAction write, PackStreamOptions? options = null) => Convert.ToHexString(Bytes(write, options));

    public static string HexOf(object? value, PackStreamOptions? options = null) => Convert.ToHexString(Value(value, options));

    /// <summary>Parses "C9 00 2A" style hex (spaces and newlines ignored).</summary>
    public static byte[] FromHex(string hex) =>
        Convert.FromHexString(string.Concat(hex.Where(c => !char.IsWhiteSpace(c))));

    /// <summary>Normalises spec-style hex for comparison with <see cref="Convert.ToHexString(byte[])"/>.</summary>
    public static string H(string hex) => string.Concat(hex.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static object? Read(byte[] bytes, PackStreamOptions? options = null)
    {
        var reader = new PackStreamReader(bytes, options);
        object? value = reader.ReadValue();
        Assert.True(reader.IsAtEnd, $"reader stopped at {reader.Position} of {bytes.Length}");
        return value;
    }

    public static PackStreamException ReadError(byte[] bytes, PackStreamOptions? options = null)
    {
        try
        {
            var reader = new PackStreamReader(bytes, options);
            reader.ReadValue();
        }
        catch (PackStreamException e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException($"Expected a PackStreamException reading {Convert.ToHexString(bytes)}.");
    }
}
