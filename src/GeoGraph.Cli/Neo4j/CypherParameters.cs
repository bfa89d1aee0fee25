using GeoGraph.Cli.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Neo4j;

/// <summary>
/// Parses <c>--param name=value</c>. The value is read as JSON when it is JSON (<c>3</c>, <c>2.5</c>, <c>true</c>,
/// <c>null</c>, <c>"quoted"</c>, <c>[1, 2]</c>, <c>{"a": 1}</c>) and is otherwise the plain string, so
/// <c>--param name=Kazakhstan</c> needs no quoting. Integers become Cypher INTEGER, decimals FLOAT.
/// </summary>
internal static class CypherParameters
{
    /// <summary>Parses all <c>--param</c> values.</summary>
    /// <param name="values">The raw values in order; a later name wins.</param>
    /// <returns>The parameter map.</returns>
    /// <exception cref="CommandParseException">A value has no <c>=</c> or an empty name.</exception>
    public static Dictionary<string, object?> Parse(IReadOnlyList<string> values)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var raw in values)
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CommandParseException($"expected NAME=VALUE after '--param', found '{raw}'", "for example '--param name=Kazakhstan' or '--param limit=10'.");
            }

            parameters[raw[..eq].Trim()] = Value(raw[(eq + 1)..]);
        }

        return parameters;
    }

    private static object? Value(string text)
    {
        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                return text;
            }
        }
        catch (JsonReaderException)
        {
            return text;
        }

        return Convert(token);
    }

    private static object? Convert(JToken token) => token.Type switch
    {
        JTokenType.Null => null,
        JTokenType.Integer => token.Value<long>(),
        JTokenType.Float => token.Value<double>(),
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.String => token.Value<string>(),
        JTokenType.Array => token.Select(Convert).ToList(),
        JTokenType.Object => ((JObject)token).Properties().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        _ => token.ToString(),
    };
}
