using System.Collections;

namespace GeoGraph.Bolt.PackStream;

// The value model: WriteValue's dispatch, containers, and the graph, temporal and spatial structures.
public ref partial struct PackStreamWriter
{
    /// <summary>
    /// Writes any value of the Bolt value model: null, bool, integers (sbyte..long, byte..ulong within long's range),
    /// float and double, string and char, byte arrays, dictionaries with string keys (as maps), other enumerables
    /// (as lists), the GeoGraph.Bolt graph, temporal and spatial types, and .NET's DateOnly, TimeOnly, DateTime
    /// (UTC kind as a date-time at offset 0, other kinds as a local date-time), DateTimeOffset and TimeSpan, and any
    /// <see cref="IPackStreamWritable"/>, which writes itself.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <exception cref="PackStreamException">The value (or one inside it) has no PackStream form, or nests deeper than <see cref="PackStreamOptions.MaxDepth"/>.</exception>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case string s: WriteString(s); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case bool b: WriteBoolean(b); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case short s16: WriteInteger(s16); break;
            case sbyte s8: WriteInteger(s8); break;
            case byte u8: WriteInteger(u8); break;
            case ushort u16: WriteInteger(u16); break;
            case uint u32: WriteInteger(u32); break;
            case ulong u64 when u64 <= long.MaxValue: WriteInteger((long)u64); break;
            case ulong u64: throw new PackStreamException($"Cannot pack {u64}: PackStream integers are signed 64-bit.");
            case char c: WriteString(new ReadOnlySpan<char>(in c)); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case Memory<byte> memory: WriteBytes(memory.Span); break;
            case LocalDate date: WriteDate(date); break;
            case LocalTime time: WriteLocalTime(time); break;
            case OffsetTime time: WriteOffsetTime(time); break;
            case LocalDateTime dateTime: WriteLocalDateTime(dateTime); break;
            case ZonedDateTime dateTime: WriteZonedDateTime(dateTime); break;
            case Duration duration: WriteDuration(duration); break;
            case Point point: WritePoint(point); break;
            case DateOnly date: WriteDate(LocalDate.FromDateOnly(date)); break;
            case TimeOnly time: WriteLocalTime(LocalTime.FromTimeOnly(time)); break;
            case DateTime dateTime when dateTime.Kind == DateTimeKind.Utc: WriteZonedDateTime(new ZonedDateTime(new DateTimeOffset(dateTime))); break;
            case DateTime dateTime: WriteLocalDateTime(LocalDateTime.FromDateTime(dateTime)); break;
            case DateTimeOffset dateTime: WriteZonedDateTime(new ZonedDateTime(dateTime)); break;
            case TimeSpan span: WriteDuration(Duration.FromTimeSpan(span)); break;
            case Node node: WriteNode(node); break;
            case Relationship relationship: WriteRelationship(relationship); break;
            case UnboundRelationship relationship: WriteUnboundRelationship(relationship); break;
            case Path path: WritePath(path); break;
            case Dictionary<string, object?> map: WriteMap(map); break;
            case IPackStreamWritable custom: WriteCustom(custom); break; // before the interfaces a row may also have
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break; // includes the reader's SmallMap
            case IDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary map: WriteMap(map); break;
            case List<object?> list: WriteList(list); break;
            case object?[] array: WriteList(array); break;
            case IEnumerable sequence: WriteList(sequence); break;
            default: throw new PackStreamException($"Cannot pack a value of type {value.GetType()}: it has no PackStream form.");
        }
    }

    /// <summary>Writes a map with string keys and values of the value model.</summary>
    /// <param name="map">The map.</param>
    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map is Dictionary<string, object?> dictionary)
        {
            WriteMap(dictionary);
            return;
        }

        if (map is SmallMap small)
        {
            // A map we read, sent back (e.g. node properties as parameters): index it, no enumerator to allocate.
            Enter();
            WriteMapHeader(small.Count);
            for (int i = 0; i < small.Count; i++)
            {
                var (key, item) = small.EntryAt(i);
                WriteString(key);
                WriteValue(item);
            }

            _depth--;
            return;
        }

        Enter();
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }

        _depth--;
    }

    /// <summary>Writes a list of values of the value model.</summary>
    /// <param name="list">The list.</param>
    public void WriteList(IReadOnlyList<object?> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        Enter();
        WriteListHeader(list.Count);
        if (list is List<object?> concrete)
        {
            // List's struct enumerator avoids boxing an enumerator per list.
            foreach (var item in concrete)
            {
                WriteValue(item);
            }
        }
        else
        {
            for (int i = 0; i < list.Count; i++)
            {
                WriteValue(list[i]);
            }
        }

        _depth--;
    }

    /// <summary>Writes a Date structure ('D').</summary>
    /// <param name="value">The date.</param>
    public readonly void WriteDate(LocalDate value)
    {
        WriteStructHeader(1, PackStreamTags.Date);
        WriteInteger(value.EpochDays);
    }

    /// <summary>Writes a LocalTime structure ('t').</summary>
    /// <param name="value">The time.</param>
    public readonly void WriteLocalTime(LocalTime value)
    {
        WriteStructHeader(1, PackStreamTags.LocalTime);
        WriteInteger(value.NanosecondOfDay);
    }

    /// <summary>Writes a Time structure ('T').</summary>
    /// <param name="value">The time.</param>
    public readonly void WriteOffsetTime(OffsetTime value)
    {
        WriteStructHeader(2, PackStreamTags.Time);
        WriteInteger(value.NanosecondOfDay);
        WriteInteger(value.OffsetSeconds);
    }

    /// <summary>Writes a LocalDateTime structure ('d').</summary>
    /// <param name="value">The date-time.</param>
    public readonly void WriteLocalDateTime(LocalDateTime value)
    {
        WriteStructHeader(2, PackStreamTags.LocalDateTime);
        WriteInteger(value.EpochSeconds);
        WriteInteger(value.Nanosecond);
    }

    /// <summary>
    /// Writes a date-time with offset or zone: 'I'/'i' with UTC seconds when <see cref="PackStreamOptions.UtcDateTime"/>,
    /// else the legacy 'F'/'f' with local seconds.
    /// </summary>
    /// <param name="value">The date-time.</param>
    /// <exception cref="PackStreamException">The form needs seconds this machine could not compute (unknown zone).</exception>
    public readonly void WriteZonedDateTime(ZonedDateTime value)
    {
        bool utc = _options.UtcDateTime;
        long seconds = (utc ? value.UtcEpochSeconds : value.LocalEpochSeconds)
            ?? throw new PackStreamException($"Cannot pack {value} in the {(utc ? "UTC" : "legacy local")} form: zone '{value.ZoneId}' is unknown on this machine.");
        if (value.ZoneId is { } zone)
        {
            WriteStructHeader(3, utc ? PackStreamTags.DateTimeZoneId : PackStreamTags.LegacyDateTimeZoneId);
            WriteInteger(seconds);
            WriteInteger(value.Nanosecond);
            WriteString(zone);
        }
        else
        {
            WriteStructHeader(3, utc ? PackStreamTags.DateTime : PackStreamTags.LegacyDateTime);
            WriteInteger(seconds);
            WriteInteger(value.Nanosecond);
            WriteInteger(value.OffsetSeconds ?? 0);
        }
    }

    /// <summary>Writes a Duration structure ('E').</summary>
    /// <param name="value">The duration.</param>
    public readonly void WriteDuration(Duration value)
    {
        WriteStructHeader(4, PackStreamTags.Duration);
        WriteInteger(value.Months);
        WriteInteger(value.Days);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanoseconds);
    }

    /// <summary>Writes a Point2D ('X') or Point3D ('Y') structure.</summary>
    /// <param name="value">The point.</param>
    public readonly void WritePoint(Point value)
    {
        bool is3D = value.Dimension == 3;
        WriteStructHeader(is3D ? 4 : 3, is3D ? PackStreamTags.Point3D : PackStreamTags.Point2D);
        WriteInteger(value.Srid);
        WriteFloat(value.X);
        WriteFloat(value.Y);
        if (is3D)
        {
            WriteFloat(value.Z);
        }
    }

    /// <summary>Writes a Node structure ('N'), with the element id when <see cref="PackStreamOptions.ElementIds"/>.</summary>
    /// <param name="node">The node.</param>
    public void WriteNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        bool ids = _options.ElementIds;
        WriteStructHeader(ids ? 4 : 3, PackStreamTags.Node);
        WriteInteger(node.Id);
        WriteListHeader(node.Labels.Count);
        for (int i = 0; i < node.Labels.Count; i++)
        {
            WriteString(node.Labels[i]);
        }

        WriteMap(node.Properties);
        if (ids)
        {
            WriteString(node.ElementId);
        }
    }

    /// <summary>Writes a Relationship structure ('R'), with element ids when <see cref="PackStreamOptions.ElementIds"/>.</summary>
    /// <param name="relationship">The relationship.</param>
    public void WriteRelationship(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        bool ids = _options.ElementIds;
        WriteStructHeader(ids ? 8 : 5, PackStreamTags.Relationship);
        WriteInteger(relationship.Id);
        WriteInteger(relationship.StartNodeId);
        WriteInteger(relationship.EndNodeId);
        WriteString(relationship.Type);
        WriteMap(relationship.Properties);
        if (ids)
        {
            WriteString(relationship.ElementId);
            WriteString(relationship.StartNodeElementId);
            WriteString(relationship.EndNodeElementId);
        }
    }

    /// <summary>Writes an UnboundRelationship structure ('r'), with the element id when <see cref="PackStreamOptions.ElementIds"/>.</summary>
    /// <param name="relationship">The relationship.</param>
    public void WriteUnboundRelationship(UnboundRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        bool ids = _options.ElementIds;
        WriteStructHeader(ids ? 4 : 3, PackStreamTags.UnboundRelationship);
        WriteInteger(relationship.Id);
        WriteString(relationship.Type);
        WriteMap(relationship.Properties);
        if (ids)
        {
            WriteString(relationship.ElementId);
        }
    }

    /// <summary>
    /// Writes a Path structure ('P') in its wire form: the distinct nodes in first-seen order, the distinct
    /// relationships unbound, and for each step the 1-based relationship index (negative when walked against its
    /// direction) followed by the 0-based index of the next node.
    /// </summary>
    /// <param name="path">The path.</param>
    public void WritePath(Path path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var nodes = new List<Node>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var relationships = new List<Relationship>();
        var relationshipIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<long> indices = path.Relationships.Count <= 64 ? stackalloc long[path.Relationships.Count * 2] : new long[path.Relationships.Count * 2];
        IndexOf(path.Nodes[0], nodes, nodeIndex);
        for (int i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            if (!relationshipIndex.TryGetValue(relationship.ElementId, out int r))
            {
                r = relationships.Count;
                relationshipIndex.Add(relationship.ElementId, r);
                relationships.Add(relationship);
            }

            bool forward = string.Equals(relationship.StartNodeElementId, path.Nodes[i].ElementId, StringComparison.Ordinal);
            indices[2 * i] = forward ? r + 1 : -(r + 1);
            indices[(2 * i) + 1] = IndexOf(path.Nodes[i + 1], nodes, nodeIndex);
        }

        Enter();
        WriteStructHeader(3, PackStreamTags.Path);
        WriteListHeader(nodes.Count);
        foreach (var node in nodes)
        {
            WriteNode(node);
        }

        WriteListHeader(relationships.Count);
        foreach (var r in relationships)
        {
            WriteUnboundRelationship(new UnboundRelationship(r.Id, r.ElementId, r.Type, r.Properties));
        }

        WriteListHeader(indices.Length);
        foreach (long index in indices)
        {
            WriteInteger(index);
        }

        _depth--;

        static int IndexOf(Node node, List<Node> nodes, Dictionary<string, int> index)
        {
            if (!index.TryGetValue(node.ElementId, out int i))
            {
                i = nodes.Count;
                index.Add(node.ElementId, i);
                nodes.Add(node);
            }

            return i;
        }
    }

    private void WriteMap(Dictionary<string, object?> map)
    {
        Enter();
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }

        _depth--;
    }

    private void WriteMap(IDictionary<string, object?> map)
    {
        Enter();
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }

        _depth--;
    }

    private void WriteMap(IDictionary map)
    {
        Enter();
        WriteMapHeader(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key)
            {
                throw new PackStreamException($"Cannot pack a map key of type {entry.Key.GetType()}: PackStream map keys are strings.");
            }

            WriteString(key);
            WriteValue(entry.Value);
        }

        _depth--;
    }

    private void WriteList(IEnumerable sequence)
    {
        if (sequence is not ICollection collection)
        {
            // The header needs the count before the items; a lazy sequence is materialised once.
            var items = new List<object?>();
            foreach (object? item in sequence)
            {
                items.Add(item);
            }

            WriteList(items);
            return;
        }

        Enter();
        WriteListHeader(collection.Count);
        foreach (object? item in collection)
        {
            WriteValue(item);
        }

        _depth--;
    }

    private void WriteCustom(IPackStreamWritable value)
    {
        Enter();
        value.WriteTo(ref this);
        _depth--;
    }

    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            _depth = 0;
            throw new PackStreamException($"Cannot pack a value nested deeper than {_options.MaxDepth} levels (is it cyclic?).");
        }
    }
}
