using System.Globalization;

namespace GeoGraph.Bolt.PackStream;

// The value model: ReadValue and the graph, temporal and spatial structures.
public ref partial struct PackStreamReader
{
    // Boxed small integers and booleans are shared, so reading the most common values allocates nothing. The range
    // covers the tiny and INT_8 encodings and the small INT_16 values records are full of (counts, ranks, offsets,
    // years); the boxes are immutable, so sharing them is invisible to callers. About 37 KB, built once.
    private const int MinSharedInteger = -128;
    private const int MaxSharedInteger = 2047;
    private static readonly object[] SharedIntegers = CreateSharedIntegers();
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>
    /// Reads the next value into the value model: null, bool, long, double, string, byte[],
    /// <see cref="IReadOnlyList{T}"/> of object?, <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to
    /// object? (a repeated key keeps its last value), and the GeoGraph.Bolt graph, temporal and spatial types.
    /// </summary>
    /// <returns>The value.</returns>
    /// <exception cref="PackStreamException">Bad bytes, an unknown structure tag, or a limit exceeded.</exception>
    public object? ReadValue()
    {
        int start = _position;
        byte marker = PeekMarker();
        switch (marker)
        {
            case <= 0x7F or >= 0xF0:
                _position++;
                return SharedIntegers[(sbyte)marker - MinSharedInteger];
            case < PackStreamMarker.TinyList:
                return ReadString();
            case < PackStreamMarker.TinyMap:
                return ReadList();
            case < PackStreamMarker.TinyStruct:
                return ReadMap();
            case < PackStreamMarker.Null:
                return ReadStructure();
            case PackStreamMarker.Null:
                _position++;
                return null;
            case PackStreamMarker.Float64:
                return ReadFloat();
            case PackStreamMarker.False:
                _position++;
                return BoxedFalse;
            case PackStreamMarker.True:
                _position++;
                return BoxedTrue;
            case >= PackStreamMarker.Int8 and <= PackStreamMarker.Int64:
                long integer = ReadInteger();
                return (ulong)(integer - MinSharedInteger) <= MaxSharedInteger - MinSharedInteger
                    ? SharedIntegers[integer - MinSharedInteger]
                    : integer;
            case >= PackStreamMarker.Bytes8 and <= PackStreamMarker.Bytes32:
                return ReadBytes();
            case >= PackStreamMarker.String8 and <= PackStreamMarker.String32:
                return ReadString();
            case >= PackStreamMarker.List8 and <= PackStreamMarker.List32:
                return ReadList();
            case >= PackStreamMarker.Map8 and <= PackStreamMarker.Map32:
                return ReadMap();
            default:
                throw UnknownMarker(marker, start);
        }
    }

    /// <summary>Reads a list of values.</summary>
    /// <returns>The list: an array of exactly the declared length (treat it as read-only).</returns>
    public IReadOnlyList<object?> ReadList()
    {
        int start = _position;
        int size = ReadListHeader();
        Enter(start);

        // The declared length is checked against the bytes left, so presizing cannot be abused; an array of that
        // length is the list itself, one allocation instead of a List and its array.
        var list = size == 0 ? [] : new object?[size];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = ReadValue();
        }

        _depth--;
        return list;
    }

    /// <summary>Reads a map with string keys (a repeated key keeps its last value).</summary>
    /// <returns>The map.</returns>
    public IReadOnlyDictionary<string, object?> ReadMap()
    {
        int start = _position;
        int size = ReadMapHeader();
        Enter(start);
        if (size <= SmallMap.MaxSize)
        {
            var small = size == 0 ? SmallMap.Empty : new SmallMap(size);
            for (int i = 0; i < size; i++)
            {
                string key = ReadString();
                small.Set(key, ReadValue());
            }

            _depth--;
            return small;
        }

        var map = new Dictionary<string, object?>(size, StringComparer.Ordinal);
        for (int i = 0; i < size; i++)
        {
            string key = ReadString();
            map[key] = ReadValue();
        }

        _depth--;
        return map;
    }

    /// <summary>Reads a structure of one of the value types; message structures are the caller's to read.</summary>
    /// <returns>The value.</returns>
    public object ReadStructure()
    {
        int start = _position;
        int size = ReadStructHeader(out byte tag);
        Enter(start);
        object value;
        switch (tag)
        {
            case PackStreamTags.Node:
                value = ReadNodeFields(start, size, tag);
                break;
            case PackStreamTags.Relationship:
                value = ReadRelationshipFields(start, size, tag);
                break;
            case PackStreamTags.UnboundRelationship:
                value = ReadUnboundRelationshipFields(start, size, tag);
                break;
            case PackStreamTags.Path:
                value = ReadPathFields(start, size, tag);
                break;
            case PackStreamTags.Date:
                Fields(start, size, tag, 1);
                value = new LocalDate(ReadInteger());
                break;
            case PackStreamTags.LocalTime:
                Fields(start, size, tag, 1);
                value = ReadLocalTimeField(start, tag);
                break;
            case PackStreamTags.Time:
                Fields(start, size, tag, 2);
                value = new OffsetTime(ReadLocalTimeField(start, tag), ReadInt32(start, tag));
                break;
            case PackStreamTags.LocalDateTime:
                Fields(start, size, tag, 2);
                value = ReadLocalDateTimeFields(start, tag);
                break;
            case PackStreamTags.DateTime or PackStreamTags.LegacyDateTime or PackStreamTags.DateTimeZoneId or PackStreamTags.LegacyDateTimeZoneId:
                Fields(start, size, tag, 3);
                value = ReadZonedDateTimeFields(start, tag);
                break;
            case PackStreamTags.Duration:
                Fields(start, size, tag, 4);
                value = new Duration(ReadInteger(), ReadInteger(), ReadInteger(), ReadInt32(start, tag));
                break;
            case PackStreamTags.Point2D:
                Fields(start, size, tag, 3);
                value = new Point(ReadInt32(start, tag), ReadFloat(), ReadFloat());
                break;
            case PackStreamTags.Point3D:
                Fields(start, size, tag, 4);
                value = new Point(ReadInt32(start, tag), ReadFloat(), ReadFloat(), ReadFloat());
                break;
            default:
                throw Error(string.Create(CultureInfo.InvariantCulture, $"starts a structure with tag 0x{tag:X2}, which is not a PackStream value type"), _buffer[start], start);
        }

        _depth--;
        return value;
    }

    private readonly void Fields(int start, int size, byte tag, int expected)
    {
        if (size != expected)
        {
            throw BadStructure(start, tag, size, expected.ToString(CultureInfo.InvariantCulture));
        }
    }

    private readonly PackStreamException BadStructure(int start, byte tag, int size, string expected) =>
        Error(string.Create(CultureInfo.InvariantCulture, $"starts structure '{(char)tag}' (0x{tag:X2}) with {size} fields where {expected} were expected"), _buffer[start], start);

    private int ReadInt32(int start, byte tag)
    {
        int at = _position;
        long value = ReadInteger();
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"holds {value} in structure '{(char)tag}' at offset {start}, outside the 32-bit range that field allows"), _buffer[at], at);
        }

        return (int)value;
    }

    private LocalTime ReadLocalTimeField(int start, byte tag)
    {
        int at = _position;
        long nanos = ReadInteger();
        if (nanos is < 0 or >= TemporalMath.NanosPerDay)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"holds {nanos} nanoseconds of the day in structure '{(char)tag}' at offset {start}"), _buffer[at], at);
        }

        return new LocalTime(nanos);
    }

    private int ReadNanosecondField(int start, byte tag)
    {
        int at = _position;
        long nanos = ReadInteger();
        if (nanos is < 0 or > 999_999_999)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"holds {nanos} nanoseconds in structure '{(char)tag}' at offset {start}"), _buffer[at], at);
        }

        return (int)nanos;
    }

    private LocalDateTime ReadLocalDateTimeFields(int start, byte tag)
    {
        long seconds = ReadInteger();
        return new LocalDateTime(seconds, ReadNanosecondField(start, tag));
    }

    private ZonedDateTime ReadZonedDateTimeFields(int start, byte tag)
    {
        long seconds = ReadInteger();
        int nanos = ReadNanosecondField(start, tag);
        try
        {
            return tag switch
            {
                PackStreamTags.DateTime => new ZonedDateTime(seconds, nanos, ReadInt32(start, tag)),
                PackStreamTags.LegacyDateTime => ZonedDateTime.FromLocal(seconds, nanos, ReadInt32(start, tag)),
                PackStreamTags.DateTimeZoneId => ZonedDateTime.FromUtc(seconds, nanos, ReadString()),
                _ => ZonedDateTime.FromLocal(seconds, nanos, ReadString()),
            };
        }
        catch (OverflowException)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"starts structure '{(char)tag}' whose seconds and offset overflow 64 bits"), _buffer[start], start);
        }
    }

    private Node ReadNodeFields(int start, int size, byte tag)
    {
        if (size is not (3 or 4))
        {
            throw BadStructure(start, tag, size, "3 or 4");
        }

        long id = ReadInteger();
        int labelCount = ReadListHeader();
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++)
        {
            labels[i] = ReadString();
        }

        var properties = ReadMap();
        return size == 4
            ? new Node(id, ReadString(), labels, properties)
            : new Node(id, labels, properties);
    }

    private Relationship ReadRelationshipFields(int start, int size, byte tag)
    {
        if (size is not (5 or 8))
        {
            throw BadStructure(start, tag, size, "5 or 8");
        }

        long id = ReadInteger();
        long startId = ReadInteger();
        long endId = ReadInteger();
        string type = ReadString();
        var properties = ReadMap();
        if (size == 5)
        {
            return new Relationship(id, startId, endId, type, properties);
        }

        string elementId = ReadString();
        string startElementId = ReadString();
        string endElementId = ReadString();
        return new Relationship(id, elementId, startId, startElementId, endId, endElementId, type, properties);
    }

    private UnboundRelationship ReadUnboundRelationshipFields(int start, int size, byte tag)
    {
        if (size is not (3 or 4))
        {
            throw BadStructure(start, tag, size, "3 or 4");
        }

        long id = ReadInteger();
        string type = ReadString();
        var properties = ReadMap();
        return size == 4
            ? new UnboundRelationship(id, ReadString(), type, properties)
            : new UnboundRelationship(id, type, properties);
    }

    // Path(nodes, rels, indices): indices alternate a 1-based relationship index (negative = walked backwards)
    // and a 0-based node index, starting from nodes[0] (Bolt spec, "Path" structure).
    private Path ReadPathFields(int start, int size, byte tag)
    {
        Fields(start, size, tag, 3);
        var nodes = new Node[ReadListHeader()];
        for (int i = 0; i < nodes.Length; i++)
        {
            int at = _position;
            nodes[i] = ReadStructure() as Node ?? throw Error("is not a Node inside a Path's node list", _buffer[at], at);
        }

        var unbound = new UnboundRelationship[ReadListHeader()];
        for (int i = 0; i < unbound.Length; i++)
        {
            int at = _position;
            unbound[i] = ReadStructure() as UnboundRelationship ?? throw Error("is not an UnboundRelationship inside a Path's relationship list", _buffer[at], at);
        }

        int indicesAt = _position;
        int indexCount = ReadListHeader();
        if (indexCount % 2 != 0 || nodes.Length == 0)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"starts a Path index list of {indexCount} entries over {nodes.Length} nodes (needs an even count and at least one node)"), _buffer[indicesAt], indicesAt);
        }

        var walkNodes = new Node[(indexCount / 2) + 1];
        var walkRelationships = new Relationship[indexCount / 2];
        walkNodes[0] = nodes[0];
        for (int step = 0; step < walkRelationships.Length; step++)
        {
            int at = _position;
            long r = ReadInteger();
            long n = ReadInteger();
            if (r == 0 || Math.Abs(r) > unbound.Length || n < 0 || n >= nodes.Length)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"starts Path step {step} (relationship {r}, node {n}) outside {unbound.Length} relationships and {nodes.Length} nodes"), _buffer[at], at);
            }

            var previous = walkNodes[step];
            var next = nodes[n];
            var relationship = unbound[Math.Abs(r) - 1];
            walkRelationships[step] = r > 0 ? relationship.Bind(previous, next) : relationship.Bind(next, previous);
            walkNodes[step + 1] = next;
        }

        return new Path(walkNodes, walkRelationships);
    }

    private static object[] CreateSharedIntegers()
    {
        var boxes = new object[MaxSharedInteger - MinSharedInteger + 1];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = (long)(i + MinSharedInteger);
        }

        return boxes;
    }
}
