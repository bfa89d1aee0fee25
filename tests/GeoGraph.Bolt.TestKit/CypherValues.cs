using System.Collections;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Bolt.TestKit;

/// <summary>
/// Converts between the test kit's tagged JSON values (<c>{"name": "CypherInt", "data": {"value": 1}}</c>, see
/// testkit's nutkit/protocol/cypher.py) and GeoGraph.Bolt's value model.
/// </summary>
internal static class CypherValues
{
    public static object? FromCypher(JToken? token)
    {
        if (token is not JObject o)
        {
            return token?.Type switch
            {
                null or JTokenType.Null => null,
                JTokenType.Integer => token.Value<long>(),
                JTokenType.Float => token.Value<double>(),
                JTokenType.Boolean => token.Value<bool>(),
                _ => token.Value<string>(),
            };
        }

        var data = o["data"] as JObject ?? [];
        var value = data["value"];
        return o.Value<string>("name") switch
        {
            "CypherNull" => null,
            "CypherBool" => value!.Value<bool>(),
            "CypherInt" => value!.Value<long>(),
            "CypherFloat" => value!.Type == JTokenType.String ? ParseSpecialFloat(value.Value<string>()!) : value.Value<double>(),
            "CypherString" => value!.Value<string>(),
            "CypherBytes" => ParseBytes(value!.Value<string>() ?? string.Empty),
            "CypherList" => ((JArray)value!).Select(FromCypher).ToList(),
            "CypherMap" => ((JObject)value!).Properties().ToDictionary(p => p.Name, p => FromCypher(p.Value), StringComparer.Ordinal),
            "CypherDate" => new LocalDate(data.Value<long>("year"), data.Value<int>("month"), data.Value<int>("day")),
            "CypherTime" => Time(data),
            "CypherDateTime" => DateTime(data),
            "CypherDuration" => new Duration(data.Value<long>("months"), data.Value<long>("days"), data.Value<long>("seconds"), data.Value<int>("nanoseconds")),
            "CypherPoint" => Point(data),
            var other => throw new NotSupportedException($"test kit value type {other} cannot be sent as a parameter"),
        };
    }

    public static JObject ToCypher(object? value) => value switch
    {
        null => Tag("CypherNull", new JObject { ["value"] = null }),
        bool b => Tag("CypherBool", new JObject { ["value"] = b }),
        long l => Tag("CypherInt", new JObject { ["value"] = l }),
        int i => Tag("CypherInt", new JObject { ["value"] = i }),
        double d => Tag("CypherFloat", new JObject { ["value"] = FloatValue(d) }),
        string s => Tag("CypherString", new JObject { ["value"] = s }),
        byte[] bytes => Tag("CypherBytes", new JObject { ["value"] = string.Join(' ', bytes.Select(x => x.ToString("x2", CultureInfo.InvariantCulture))) }),
        Node n => NodeJson(n),
        Relationship r => RelationshipJson(r),
        Path p => Tag("Path", new JObject
        {
            ["nodes"] = Tag("CypherList", new JObject { ["value"] = new JArray(p.Nodes.Select(NodeJson)) }),
            ["relationships"] = Tag("CypherList", new JObject { ["value"] = new JArray(p.Relationships.Select(RelationshipJson)) }),
        }),
        Point pt => Tag("CypherPoint", new JObject
        {
            ["system"] = pt.Srid is 4326 or 4979 ? "wgs84" : "cartesian",
            ["x"] = pt.X,
            ["y"] = pt.Y,
            ["z"] = pt.Dimension == 3 ? pt.Z : null,
        }),
        LocalDate date => DateJson(date),
        LocalTime t => TimeJson(t, null),
        OffsetTime ot => TimeJson(ot.Time, ot.OffsetSeconds),
        LocalDateTime ldt => DateTimeJson(ldt.EpochSeconds, ldt.Nanosecond, null, null),
        ZonedDateTime z => DateTimeJson(z.LocalEpochSeconds ?? 0, z.Nanosecond, z.OffsetSeconds, z.ZoneId),
        Duration du => Tag("CypherDuration", new JObject { ["months"] = du.Months, ["days"] = du.Days, ["seconds"] = du.Seconds, ["nanoseconds"] = du.Nanoseconds }),
        IReadOnlyDictionary<string, object?> map => Tag("CypherMap", new JObject { ["value"] = MapJson(map) }),
        IEnumerable list => Tag("CypherList", new JObject { ["value"] = new JArray(list.Cast<object?>().Select(ToCypher)) }),
        _ => throw new NotSupportedException($"value of type {value.GetType().Name} has no test kit form"),
    };

    private static JObject Tag(string name, JObject data) => new() { ["name"] = name, ["data"] = data };

    private static JObject MapJson(IReadOnlyDictionary<string, object?> map)
    {
        var o = new JObject();
        foreach (var (k, v) in map)
        {
            o[k] = ToCypher(v);
        }

        return o;
    }

    private static JObject NodeJson(Node n) => Tag("Node", new JObject
    {
        ["id"] = ToCypher(n.Id),
        ["labels"] = ToCypher(n.Labels),
        ["props"] = ToCypher(n.Properties),
        ["elementId"] = ToCypher(n.ElementId),
    });

    private static JObject RelationshipJson(Relationship r) => Tag("Relationship", new JObject
    {
        ["id"] = ToCypher(r.Id),
        ["startNodeId"] = ToCypher(r.StartNodeId),
        ["endNodeId"] = ToCypher(r.EndNodeId),
        ["type"] = ToCypher(r.Type),
        ["props"] = ToCypher(r.Properties),
        ["elementId"] = ToCypher(r.ElementId),
        ["startNodeElementId"] = ToCypher(r.StartNodeElementId),
        ["endNodeElementId"] = ToCypher(r.EndNodeElementId),
    });

    private static JObject DateJson(LocalDate date)
    {
        var d = date.ToDateOnly();
        return Tag("CypherDate", new JObject { ["year"] = d.Year, ["month"] = d.Month, ["day"] = d.Day });
    }

    private static JObject TimeJson(LocalTime t, int? offset)
    {
        var ns = t.NanosecondOfDay;
        return Tag("CypherTime", new JObject
        {
            ["hour"] = ns / 3_600_000_000_000L,
            ["minute"] = ns / 60_000_000_000L % 60,
            ["second"] = ns / 1_000_000_000L % 60,
            ["nanosecond"] = ns % 1_000_000_000L,
            ["utc_offset_s"] = offset,
        });
    }

    private static JObject DateTimeJson(long localEpochSeconds, int nanosecond, int? offset, string? zone)
    {
        var days = Math.DivRem(localEpochSeconds, 86_400L, out var secondOfDay);
        if (secondOfDay < 0)
        {
            secondOfDay += 86_400;
            days--;
        }

        var date = DateOnly.FromDayNumber((int)(days + DateOnly.FromDateTime(new DateTime(1970, 1, 1)).DayNumber));
        return Tag("CypherDateTime", new JObject
        {
            ["year"] = date.Year,
            ["month"] = date.Month,
            ["day"] = date.Day,
            ["hour"] = secondOfDay / 3600,
            ["minute"] = secondOfDay / 60 % 60,
            ["second"] = secondOfDay % 60,
            ["nanosecond"] = nanosecond,
            ["utc_offset_s"] = offset,
            ["timezone_id"] = zone,
        });
    }

    private static object Time(JObject d)
    {
        var time = new LocalTime(d.Value<int>("hour"), d.Value<int>("minute"), d.Value<int>("second"), d.Value<int>("nanosecond"));
        return d.Value<int?>("utc_offset_s") is { } offset ? new OffsetTime(time, offset) : time;
    }

    private static object DateTime(JObject d)
    {
        var date = new LocalDate(d.Value<long>("year"), d.Value<int>("month"), d.Value<int>("day"));
        var local = new LocalDateTime(date, new LocalTime(d.Value<int>("hour"), d.Value<int>("minute"), d.Value<int>("second")));
        var nanos = d.Value<int>("nanosecond");
        var zone = d.Value<string>("timezone_id");
        if (d.Value<int?>("utc_offset_s") is not { } offset)
        {
            return new LocalDateTime(local.EpochSeconds, nanos);
        }

        var utc = local.EpochSeconds - offset;
        return zone is null ? new ZonedDateTime(utc, nanos, offset) : new ZonedDateTime(utc, nanos, offset, zone);
    }

    private static Point Point(JObject d)
    {
        var wgs84 = d.Value<string>("system") == "wgs84";
        var (x, y) = (d.Value<double>("x"), d.Value<double>("y"));
        return d["z"] is { Type: not JTokenType.Null } z
            ? new Point(wgs84 ? 4979 : 9157, x, y, z.Value<double>())
            : new Point(wgs84 ? 4326 : 7203, x, y);
    }

    private static JToken FloatValue(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "+Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d;

    private static double ParseSpecialFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "+Infinity" or "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    private static byte[] ParseBytes(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
