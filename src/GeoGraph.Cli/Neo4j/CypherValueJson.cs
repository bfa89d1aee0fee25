using System.Collections;
using System.Globalization;
using GeoGraph.Bolt;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Neo4j;

/// <summary>Turns Bolt values into JSON for <c>geograph cypher --json</c>; graph values become small objects.</summary>
internal static class CypherValueJson
{
    /// <summary>Converts one value.</summary>
    /// <param name="value">A value from a record.</param>
    /// <returns>The JSON token.</returns>
    public static JToken From(object? value) => value switch
    {
        null => JValue.CreateNull(),
        string or bool or long or int or double => new JValue(value),
        byte[] bytes => new JValue(Convert.ToBase64String(bytes)),
        Node node => new JObject
        {
            ["elementId"] = node.ElementId,
            ["labels"] = new JArray(node.Labels),
            ["properties"] = Map(node.Properties),
        },
        Relationship rel => new JObject
        {
            ["elementId"] = rel.ElementId,
            ["type"] = rel.Type,
            ["start"] = rel.StartNodeElementId,
            ["end"] = rel.EndNodeElementId,
            ["properties"] = Map(rel.Properties),
        },
        Bolt.Path path => new JObject
        {
            ["nodes"] = new JArray(path.Nodes.Select(From)),
            ["relationships"] = new JArray(path.Relationships.Select(From)),
        },
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable list => new JArray(list.Cast<object?>().Select(From)),
        _ => new JValue(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JObject Map(IReadOnlyDictionary<string, object?> map)
    {
        var o = new JObject();
        foreach (var (k, v) in map)
        {
            o[k] = From(v);
        }

        return o;
    }
}
