using System.Globalization;
using System.Text;

namespace GeoGraph.Queries.Export;

/// <summary>
/// Cypher literals for <c>:param</c> lines of a cypher-shell script: the values travel as parameters, never inside a
/// statement. Strings are single-quoted with backslash escapes, as the Cypher grammar defines string literals.
/// </summary>
internal static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? d.ToString("0.0##############", CultureInfo.InvariantCulture) : "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => Key(kv.Key) + ": " + Of(kv.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"no Cypher literal for {value.GetType().Name}", nameof(value)),
    };

    private static string Key(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }
}
