using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 from one dechunked Bolt message, modelled on <c>Utf8JsonReader</c>: a forward-only
/// <c>ref struct</c> over a span. Typed reads check the marker; <see cref="ReadValue"/> builds the value model.
/// Every error is a <see cref="PackStreamException"/> naming the marker byte and its offset in the message.
/// </summary>
/// <remarks>
/// Declared sizes are checked against <see cref="PackStreamOptions"/> limits and against the bytes left in the
/// message before anything is allocated, so a hostile length cannot make the client allocate more than the
/// message it already holds.
/// </remarks>
public ref partial struct PackStreamReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly PackStreamOptions _options;
    private int _position;
    private int _depth;

    /// <summary>Creates a reader over one message.</summary>
    /// <param name="message">The dechunked message bytes.</param>
    /// <param name="options">Limits; <see cref="PackStreamOptions.Default"/> if null.</param>
    public PackStreamReader(ReadOnlySpan<byte> message, PackStreamOptions? options = null)
    {
        _buffer = message;
        _options = options ?? PackStreamOptions.Default;
        _position = 0;
        _depth = 0;
    }

    /// <summary>Offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not yet read.</summary>
    public readonly int Remaining => _buffer.Length - _position;

    /// <summary>True when the whole message has been read.</summary>
    public readonly bool IsAtEnd => _position >= _buffer.Length;

    /// <summary>The marker byte of the next value, without consuming it.</summary>
    /// <returns>The marker.</returns>
    /// <exception cref="PackStreamException">The message has ended.</exception>
    public readonly byte PeekMarker()
    {
        if (_position >= _buffer.Length)
        {
            throw Truncated(_position, 1, "a value");
        }

        return _buffer[_position];
    }

    /// <summary>The type of the next value, without consuming it.</summary>
    /// <returns>The type.</returns>
    /// <exception cref="PackStreamException">The message has ended, or the marker is not a PackStream v1 marker.</exception>
    public readonly PackStreamType PeekType()
    {
        byte marker = PeekMarker();
        return TypeOf(marker) ?? throw UnknownMarker(marker, _position);
    }

    /// <summary>Reads a null (C0).</summary>
    public void ReadNull()
    {
        Expect(PackStreamMarker.Null, "Null");
        _position++;
    }

    /// <summary>Reads a boolean (C2 or C3).</summary>
    /// <returns>The value.</returns>
    public bool ReadBoolean()
    {
        byte marker = PeekMarker();
        bool value = marker switch
        {
            PackStreamMarker.True => true,
            PackStreamMarker.False => false,
            _ => throw Unexpected(marker, _position, "Boolean"),
        };
        _position++;
        return value;
    }

    /// <summary>Reads an integer in any of its encodings.</summary>
    /// <returns>The value.</returns>
    public long ReadInteger()
    {
        int start = _position;
        byte marker = PeekMarker();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            _position++;
            return (sbyte)marker;
        }

        long value = marker switch
        {
            PackStreamMarker.Int8 => (sbyte)Take(start, 1)[0],
            PackStreamMarker.Int16 => BinaryPrimitives.ReadInt16BigEndian(Take(start, 2)),
            PackStreamMarker.Int32 => BinaryPrimitives.ReadInt32BigEndian(Take(start, 4)),
            PackStreamMarker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(start, 8)),
            _ => throw Unexpected(marker, start, "Integer"),
        };
        return value;
    }

    /// <summary>Reads a 64-bit float (C1).</summary>
    /// <returns>The value.</returns>
    public double ReadFloat()
    {
        int start = _position;
        Expect(PackStreamMarker.Float64, "Float");
        return BinaryPrimitives.ReadDoubleBigEndian(Take(start, 8));
    }

    /// <summary>Reads a string (invalid UTF-8 becomes U+FFFD, as in Neo4j's drivers).</summary>
    /// <returns>The value; short ASCII strings may be the same instance as an earlier read's.</returns>
    public string ReadString()
    {
        ReadOnlySpan<byte> utf8 = ReadUtf8String();
        return utf8.Length <= StringCache.MaxLength ? StringCache.Get(utf8) : Encoding.UTF8.GetString(utf8);
    }

    /// <summary>Reads a string's UTF-8 bytes without decoding or allocating; the span points into the message.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    public ReadOnlySpan<byte> ReadUtf8String()
    {
        int start = _position;
        byte marker = PeekMarker();
        int size = marker switch
        {
            >= PackStreamMarker.TinyString and < PackStreamMarker.TinyList => marker & 0x0F,
            PackStreamMarker.String8 => Take(start, 1)[0],
            PackStreamMarker.String16 => BinaryPrimitives.ReadUInt16BigEndian(Take(start, 2)),
            PackStreamMarker.String32 => ReadSize32(start),
            _ => throw Unexpected(marker, start, "String"),
        };
        if (marker < PackStreamMarker.TinyList)
        {
            _position++;
        }

        CheckSize(start, marker, size, _options.MaxStringBytes, 1, "string", "bytes");
        return Take(start, size);
    }

    /// <summary>Reads a byte array (CC..CE) into a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ReadBytes() => ReadBytesSpan().ToArray();

    /// <summary>Reads a byte array without copying; the span points into the message.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> ReadBytesSpan()
    {
        int start = _position;
        byte marker = PeekMarker();
        int size = marker switch
        {
            PackStreamMarker.Bytes8 => Take(start, 1)[0],
            PackStreamMarker.Bytes16 => BinaryPrimitives.ReadUInt16BigEndian(Take(start, 2)),
            PackStreamMarker.Bytes32 => ReadSize32(start),
            _ => throw Unexpected(marker, start, "Bytes"),
        };
        CheckSize(start, marker, size, _options.MaxBytesLength, 1, "byte array", "bytes");
        return Take(start, size);
    }

    /// <summary>Reads a list header; the caller then reads that many values.</summary>
    /// <returns>The declared element count (checked against limits and the bytes left).</returns>
    public int ReadListHeader()
    {
        int start = _position;
        byte marker = PeekMarker();
        int size = marker switch
        {
            >= PackStreamMarker.TinyList and < PackStreamMarker.TinyMap => marker & 0x0F,
            PackStreamMarker.List8 => Take(start, 1)[0],
            PackStreamMarker.List16 => BinaryPrimitives.ReadUInt16BigEndian(Take(start, 2)),
            PackStreamMarker.List32 => ReadSize32(start),
            _ => throw Unexpected(marker, start, "List"),
        };
        if (marker < PackStreamMarker.TinyMap)
        {
            _position++;
        }

        // Every element takes at least one byte.
        CheckSize(start, marker, size, _options.MaxListSize, 1, "list", "elements");
        return size;
    }

    /// <summary>Reads a map header; the caller then reads that many key strings each followed by its value.</summary>
    /// <returns>The declared entry count (checked against limits and the bytes left).</returns>
    public int ReadMapHeader()
    {
        int start = _position;
        byte marker = PeekMarker();
        int size = marker switch
        {
            >= PackStreamMarker.TinyMap and < PackStreamMarker.TinyStruct => marker & 0x0F,
            PackStreamMarker.Map8 => Take(start, 1)[0],
            PackStreamMarker.Map16 => BinaryPrimitives.ReadUInt16BigEndian(Take(start, 2)),
            PackStreamMarker.Map32 => ReadSize32(start),
            _ => throw Unexpected(marker, start, "Map"),
        };
        if (marker < PackStreamMarker.TinyStruct)
        {
            _position++;
        }

        // Every entry takes at least two bytes: a key string and a value.
        CheckSize(start, marker, size, _options.MaxMapSize, 2, "map", "entries");
        return size;
    }

    /// <summary>Reads a structure header (B0..BF and the tag byte); the caller then reads its fields.</summary>
    /// <param name="tag">The structure's tag byte.</param>
    /// <returns>The number of fields, 0..15.</returns>
    public int ReadStructHeader(out byte tag)
    {
        int start = _position;
        byte marker = PeekMarker();
        if (marker is < PackStreamMarker.TinyStruct or > PackStreamMarker.TinyStruct + PackStreamMarker.MaxStructFields)
        {
            throw Unexpected(marker, start, "Structure");
        }

        tag = Take(start, 1)[0];
        return marker & 0x0F;
    }

    /// <summary>Skips the next value, whatever it is, without building it.</summary>
    public void Skip()
    {
        int start = _position;
        switch (PeekType())
        {
            case PackStreamType.Null:
            case PackStreamType.Boolean:
                _position++;
                break;
            case PackStreamType.Integer:
                ReadInteger();
                break;
            case PackStreamType.Float:
                ReadFloat();
                break;
            case PackStreamType.Bytes:
                ReadBytesSpan();
                break;
            case PackStreamType.String:
                ReadUtf8String();
                break;
            case PackStreamType.List:
                Enter(start);
                for (int n = ReadListHeader(); n > 0; n--)
                {
                    Skip();
                }

                _depth--;
                break;
            case PackStreamType.Map:
                Enter(start);
                for (int n = ReadMapHeader(); n > 0; n--)
                {
                    ReadUtf8String();
                    Skip();
                }

                _depth--;
                break;
            default:
                Enter(start);
                for (int n = ReadStructHeader(out _); n > 0; n--)
                {
                    Skip();
                }

                _depth--;
                break;
        }
    }

    private static PackStreamType? TypeOf(byte marker) => marker switch
    {
        <= 0x7F or >= 0xF0 => PackStreamType.Integer,
        < PackStreamMarker.TinyList => PackStreamType.String,
        < PackStreamMarker.TinyMap => PackStreamType.List,
        < PackStreamMarker.TinyStruct => PackStreamType.Map,
        < PackStreamMarker.Null => PackStreamType.Structure,
        PackStreamMarker.Null => PackStreamType.Null,
        PackStreamMarker.Float64 => PackStreamType.Float,
        PackStreamMarker.False or PackStreamMarker.True => PackStreamType.Boolean,
        >= PackStreamMarker.Int8 and <= PackStreamMarker.Int64 => PackStreamType.Integer,
        >= PackStreamMarker.Bytes8 and <= PackStreamMarker.Bytes32 => PackStreamType.Bytes,
        >= PackStreamMarker.String8 and <= PackStreamMarker.String32 => PackStreamType.String,
        >= PackStreamMarker.List8 and <= PackStreamMarker.List32 => PackStreamType.List,
        >= PackStreamMarker.Map8 and <= PackStreamMarker.Map32 => PackStreamType.Map,
        _ => null, // C4-C7, CF, D3, D7, DB-EF: reserved (DC/DD were structure markers, unused by Bolt).
    };

    private readonly void Expect(byte marker, string expected)
    {
        byte actual = PeekMarker();
        if (actual != marker)
        {
            throw Unexpected(actual, _position, expected);
        }
    }

    // Consumes the marker at `start` (if not yet consumed) and then `count` bytes, returning those bytes.
    private ReadOnlySpan<byte> Take(int start, int count)
    {
        int from = _position == start ? start + 1 : _position;
        if (count > _buffer.Length - from)
        {
            throw Truncated(start, from + count - _buffer.Length, null);
        }

        _position = from + count;
        return _buffer.Slice(from, count);
    }

    private int ReadSize32(int start)
    {
        uint size = BinaryPrimitives.ReadUInt32BigEndian(Take(start, 4));
        if (size > int.MaxValue)
        {
            throw Error($"declares size {size}, above the largest this client reads ({int.MaxValue})", _buffer[start], start);
        }

        return (int)size;
    }

    private readonly void CheckSize(int start, byte marker, int size, int limit, int minBytesPerItem, string what, string unit)
    {
        if (size > limit)
        {
            throw Error($"declares a {what} of {size} {unit}, above the limit of {limit}", marker, start);
        }

        if ((long)size * minBytesPerItem > Remaining)
        {
            throw Error($"declares a {what} of {size} {unit} but only {Remaining} bytes of the message remain", marker, start);
        }
    }

    private void Enter(int start)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error($"nests deeper than the limit of {_options.MaxDepth} levels", _buffer[start], start);
        }
    }

    private readonly PackStreamException Unexpected(byte marker, int offset, string expected) =>
        TypeOf(marker) is { } actual
            ? Error($"is a {actual} where a {expected} was expected", marker, offset)
            : UnknownMarker(marker, offset);

    private readonly PackStreamException UnknownMarker(byte marker, int offset) =>
        Error("is not a PackStream v1 marker", marker, offset);

    private readonly PackStreamException Truncated(int start, int missing, string? what)
    {
        if (start >= _buffer.Length)
        {
            return new PackStreamException(
                string.Create(CultureInfo.InvariantCulture, $"PackStream message ends at offset {start} where {what ?? "a value"} was expected ({_buffer.Length} bytes in all)."),
                null,
                start);
        }

        byte marker = _buffer[start];
        return Error($"needs {missing} more byte(s) than the message holds (truncated)", marker, start);
    }

    private readonly PackStreamException Error(string problem, byte marker, int offset) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"PackStream marker 0x{marker:X2} at offset {offset} {problem} ({_buffer.Length} bytes in the message)."),
            marker,
            offset);
}
