using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries;

/// <summary>Reads stored qualifiers into the sorted string map results carry; <c>time</c> is reported apart.</summary>
internal static class Qualifiers
{
    /// <summary>Qualifier names that are statement fields of their own, never listed among the qualifiers.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "time", "attributed_to", "denied_by" };

    /// <summary>Parses a qualifiers JSON object.</summary>
    public static IReadOnlyDictionary<string, string> FromJson(string? json)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return map;
        }

        foreach (var p in JObject.Parse(json).Properties())
        {
            if (!Reserved.Contains(p.Name) && p.Value.Type != JTokenType.Null)
            {
                map[p.Name] = p.Value.Type == JTokenType.String ? p.Value.Value<string>()! : p.Value.ToString(Formatting.None);
            }
        }

        return map;
    }

    /// <summary>Builds the map from loose values (a Neo4j property map or a decoded JSON string).</summary>
    public static IReadOnlyDictionary<string, string> FromValues(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in values)
        {
            if (!Reserved.Contains(k) && v is not null)
            {
                map[k] = Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return map;
    }
}
