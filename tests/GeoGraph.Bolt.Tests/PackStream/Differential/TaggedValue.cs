using System.Globalization;
using System.Text.Json.Nodes;

namespace GeoGraph.Bolt.Tests.PackStream.Differential;

/// <summary>
/// The value vocabulary shared with packstream-oracle.js: {"t": type, ...}. Integers travel as decimal strings
/// and floats as IEEE 754 bits in hex, so JSON loses nothing.
/// </summary>
internal static class TaggedValue
{
    public static JsonNode Of(object? value, bool sortKeys) => value switch
    {
        null => Tag("null"),
        bool b => Tag("bool", ("v", b)),
        long l => Tag("int", ("v", Text(l))),
        double d => Tag("float", ("v", Bits(d))),
        string s => Tag("str", ("v", s)),
        byte[] bytes => Tag("bytes", ("v", Convert.ToHexString(bytes))),
        IReadOnlyDictionary<string, object?> map => Map(map, sortKeys),
        IReadOnlyList<object?> list => Tag("list", ("v", new JsonArray(list.Select(x => Of(x, sortKeys)).ToArray()))),
        LocalDate date => Tag("date", ("y", Text(date.Year)), ("mo", date.Month), ("d", date.Day)),
        LocalTime time => Time(Tag("localtime"), time),
        OffsetTime time => With(Time(Tag("time"), time.Time), ("off", time.OffsetSeconds)),
        LocalDateTime dateTime => DateTime(Tag("localdatetime"), dateTime),
        ZonedDateTime zoned => Zoned(zoned),
        Duration duration => Tag("duration", ("months", Text(duration.Months)), ("days", Text(duration.Days)), ("seconds", Text(duration.Seconds)), ("nanos", Text(duration.Nanoseconds))),
        Point point => point.Dimension == 2
            ? Tag("point", ("srid", Text(point.Srid)), ("x", Bits(point.X)), ("y", Bits(point.Y)))
            : Tag("point", ("srid", Text(point.Srid)), ("x", Bits(point.X)), ("y", Bits(point.Y)), ("z", Bits(point.Z))),
        Node node => Tag("node", ("id", Text(node.Id)), ("labels", new JsonArray(node.Labels.Select(l => (JsonNode)l).ToArray())), ("props", Map(node.Properties, sortKeys)), ("eid", node.ElementId)),
        Relationship r => Tag("relationship", ("id", Text(r.Id)), ("start", Text(r.StartNodeId)), ("end", Text(r.EndNodeId)), ("type", r.Type), ("props", Map(r.Properties, sortKeys)), ("eid", r.ElementId), ("startEid", r.StartNodeElementId), ("endEid", r.EndNodeElementId)),
        UnboundRelationship u => Tag("unbound", ("id", Text(u.Id)), ("type", u.Type), ("props", Map(u.Properties, sortKeys)), ("eid", u.ElementId)),
        Path path => Tag("walk", ("nodes", new JsonArray(path.Nodes.Select(n => Of(n, sortKeys)).ToArray())), ("rels", new JsonArray(path.Relationships.Select(r => Of(r, sortKeys)).ToArray()))),
        _ => throw new ArgumentException($"No tagged form for {value.GetType()}"),
    };

    /// <summary>JSON text with object properties in ordinal order, so equal values compare equal as strings.</summary>
    public static string Canonical(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + Canonical(p.Value))) + "}";
            case JsonArray array:
                return "[" + string.Join(",", array.Select(Canonical)) + "]";
            case null:
                return "null";
            default:
                return node.ToJsonString();
        }
    }

    private static JsonObject Zoned(ZonedDateTime zoned)
    {
        var local = new LocalDateTime(zoned.LocalEpochSeconds ?? throw new ArgumentException("zone unknown here"), zoned.Nanosecond);
        var tagged = DateTime(Tag("datetime"), local);
        tagged["off"] = zoned.OffsetSeconds;
        if (zoned.ZoneId is not null)
        {
            tagged["zone"] = zoned.ZoneId;
        }

        return tagged;
    }

    private static JsonObject Map(IReadOnlyDictionary<string, object?> map, bool sortKeys)
    {
        var entries = sortKeys ? map.OrderBy(e => e.Key, StringComparer.Ordinal) : map.AsEnumerable();
        return Tag("map", ("v", new JsonArray(entries.Select(e => (JsonNode)new JsonArray(e.Key, Of(e.Value, sortKeys))).ToArray())));
    }

    private static JsonObject Time(JsonObject tagged, LocalTime time) =>
        With(tagged, ("h", time.Hour), ("mi", time.Minute), ("s", time.Second), ("ns", time.Nanosecond));

    private static JsonObject DateTime(JsonObject tagged, LocalDateTime dateTime)
    {
        var date = dateTime.Date;
        With(tagged, ("y", Text(date.Year)), ("mo", date.Month), ("d", date.Day));
        return Time(tagged, dateTime.Time);
    }

    private static JsonObject Tag(string type, params (string Key, JsonNode? Value)[] fields) => With(new JsonObject { ["t"] = type }, fields);

    private static JsonObject With(JsonObject tagged, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            tagged[key] = value;
        }

        return tagged;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
}
