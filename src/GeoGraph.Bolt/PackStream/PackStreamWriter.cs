using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 into an <see cref="IBufferWriter{T}"/>, always in the smallest encoding, without
/// allocating on the typed methods. Modelled on <c>Utf8JsonWriter</c>, but every call commits its bytes at once
/// (no Flush). The caller writes container headers with the right counts and then that many values.
/// </summary>
/// <remarks>
/// Layout per the Bolt "PackStream" spec: a marker byte, then any size or value big-endian. Sizes are unsigned on
/// the wire; .NET's <see cref="int"/> caps them at 2^31-1.
/// </remarks>
public ref partial struct PackStreamWriter
{
    private readonly IBufferWriter<byte> _output;
    private readonly PackStreamOptions _options;
    private int _depth;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where the bytes go; each call asks it for a span and advances it.</param>
    /// <param name="options">Encoding choices for the negotiated Bolt version; <see cref="PackStreamOptions.Default"/> if null.</param>
    public PackStreamWriter(IBufferWriter<byte> output, PackStreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? PackStreamOptions.Default;
        _depth = 0;
    }

    /// <summary>The options this writer encodes with.</summary>
    public readonly PackStreamOptions Options => _options;

    /// <summary>Writes null (C0).</summary>
    public readonly void WriteNull() => WriteMarker(PackStreamMarker.Null);

    /// <summary>Writes a boolean (C2 false, C3 true).</summary>
    /// <param name="value">The value.</param>
    public readonly void WriteBoolean(bool value) => WriteMarker(value ? PackStreamMarker.True : PackStreamMarker.False);

    /// <summary>Writes an integer in the fewest bytes: tiny (-16..127), then INT_8, INT_16, INT_32, INT_64.</summary>
    /// <param name="value">The value.</param>
    public readonly void WriteInteger(long value)
    {
        Span<byte> span = _output.GetSpan(9);
        int written;
        switch (value)
        {
            case >= -16 and <= 127:
                // Tiny int: the marker byte is the two's-complement value itself (F0..FF, 00..7F).
                span[0] = (byte)value;
                written = 1;
                break;
            case >= sbyte.MinValue and <= sbyte.MaxValue:
                span[0] = PackStreamMarker.Int8;
                span[1] = (byte)value;
                written = 2;
                break;
            case >= short.MinValue and <= short.MaxValue:
                span[0] = PackStreamMarker.Int16;
                BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
                written = 3;
                break;
            case >= int.MinValue and <= int.MaxValue:
                span[0] = PackStreamMarker.Int32;
                BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
                written = 5;
                break;
            default:
                span[0] = PackStreamMarker.Int64;
                BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
                written = 9;
                break;
        }

        _output.Advance(written);
    }

    /// <summary>Writes a 64-bit float (C1 + IEEE 754 big-endian); PackStream has no 32-bit float.</summary>
    /// <param name="value">The value.</param>
    public readonly void WriteFloat(double value)
    {
        Span<byte> span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    /// <summary>Writes a string, UTF-8 encoded straight into the output (lone surrogates become U+FFFD).</summary>
    /// <param name="value">The value.</param>
    public readonly void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        WriteString(value.AsSpan());
    }

    /// <summary>Writes a string, UTF-8 encoded straight into the output (lone surrogates become U+FFFD).</summary>
    /// <param name="value">The characters.</param>
    public readonly void WriteString(ReadOnlySpan<char> value)
    {
        if (value.Length > SinglePassMaxChars)
        {
            // Very long strings: count first rather than reserve three bytes per char.
            int byteCount = Encoding.UTF8.GetByteCount(value);
            Span<byte> exact = _output.GetSpan(5 + byteCount);
            int written = WriteSizeHeader(exact, byteCount, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
            written += Encoding.UTF8.GetBytes(value, exact[written..]);
            _output.Advance(written);
            return;
        }

        // One pass, no counting: UTF-16 takes at most three UTF-8 bytes per char (a surrogate pair, two chars, takes
        // four), so reserve that. The UTF-8 length is at least the char count and equals it for ASCII, by far the
        // common case (keys, ids, labels): put the header sized for the char count first and encode right after it,
        // so ASCII strings need no second look; only a non-ASCII string whose byte count crosses a header size
        // (15/255/65535 bytes) slides its bytes one to four places forward.
        int length = value.Length;
        int header = StringHeaderLength(length);
        Span<byte> span = _output.GetSpan(5 + (length * 3));
        Utf8.FromUtf16(value, span[header..], out _, out int count, replaceInvalidSequences: true);
        int actual = StringHeaderLength(count);
        if (actual != header)
        {
            span.Slice(header, count).CopyTo(span[actual..]);
        }

        WriteStringHeader(span, count);
        _output.Advance(actual + count);
    }

    /// <summary>Writes a string already encoded as UTF-8 (for example a cached key); the bytes are not validated.</summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    public readonly void WriteUtf8String(ReadOnlySpan<byte> utf8)
    {
        Span<byte> span = _output.GetSpan(5 + utf8.Length);
        int header = WriteSizeHeader(span, utf8.Length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        utf8.CopyTo(span[header..]);
        _output.Advance(header + utf8.Length);
    }

    /// <summary>Writes a byte array (CC/CD/CE; there is no tiny form).</summary>
    /// <param name="value">The bytes.</param>
    public readonly void WriteBytes(ReadOnlySpan<byte> value)
    {
        Span<byte> span = _output.GetSpan(5 + value.Length);
        int header = WriteSizeHeader(span, value.Length, 0, PackStreamMarker.Bytes8, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
        value.CopyTo(span[header..]);
        _output.Advance(header + value.Length);
    }

    /// <summary>Writes the header of a list; the caller then writes <paramref name="size"/> values.</summary>
    /// <param name="size">Number of elements.</param>
    public readonly void WriteListHeader(int size)
    {
        Span<byte> span = _output.GetSpan(5);
        _output.Advance(WriteSizeHeader(span, size, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32));
    }

    /// <summary>Writes the header of a map; the caller then writes <paramref name="size"/> key strings each followed by its value.</summary>
    /// <param name="size">Number of entries.</param>
    public readonly void WriteMapHeader(int size)
    {
        Span<byte> span = _output.GetSpan(5);
        _output.Advance(WriteSizeHeader(span, size, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32));
    }

    /// <summary>Writes a structure header (B0..BF then the tag); the caller then writes <paramref name="size"/> fields.</summary>
    /// <param name="size">Number of fields, 0..15 (Bolt uses only the tiny structure form).</param>
    /// <param name="tag">The structure's tag byte, e.g. <see cref="PackStreamTags.Node"/> or a message tag.</param>
    public readonly void WriteStructHeader(int size, byte tag)
    {
        if ((uint)size > PackStreamMarker.MaxStructFields)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A PackStream structure has 0 to 15 fields.");
        }

        Span<byte> span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStruct | size);
        span[1] = tag;
        _output.Advance(2);
    }

    // Strings up to this many chars are encoded in one pass into a worst-case reservation (3 bytes per char).
    private const int SinglePassMaxChars = 256 * 1024;

    private static int StringHeaderLength(int byteCount) => byteCount switch
    {
        < 0x10 => 1,
        <= byte.MaxValue => 2,
        <= ushort.MaxValue => 3,
        _ => 5,
    };

    // The string header for a UTF-8 length already known to be non-negative (TinyString .. String32).
    private static void WriteStringHeader(Span<byte> span, int byteCount)
    {
        if (byteCount < 0x10)
        {
            span[0] = (byte)(PackStreamMarker.TinyString | byteCount);
        }
        else if (byteCount <= byte.MaxValue)
        {
            span[1] = (byte)byteCount;
            span[0] = PackStreamMarker.String8;
        }
        else if (byteCount <= ushort.MaxValue)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)byteCount);
            span[0] = PackStreamMarker.String16;
        }
        else
        {
            BinaryPrimitives.WriteInt32BigEndian(span[1..], byteCount);
            span[0] = PackStreamMarker.String32;
        }
    }

    private readonly void WriteMarker(byte marker)
    {
        _output.GetSpan(1)[0] = marker;
        _output.Advance(1);
    }

    // One range switch picks the size class; tiny == 0 means the type has no tiny form (bytes).
    private static int WriteSizeHeader(Span<byte> span, int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        switch (size)
        {
            case < 0:
                throw new ArgumentOutOfRangeException(nameof(size), size, "A PackStream size cannot be negative.");
            case < 0x10 when tiny != 0:
                span[0] = (byte)(tiny | size);
                return 1;
            case <= byte.MaxValue:
                span[0] = marker8;
                span[1] = (byte)size;
                return 2;
            case <= ushort.MaxValue:
                span[0] = marker16;
                BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
                return 3;
            default:
                span[0] = marker32;
                BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
                return 5;
        }
    }
}
