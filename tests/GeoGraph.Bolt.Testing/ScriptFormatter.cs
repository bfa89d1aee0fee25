using System.Collections;
using System.Globalization;
using System.Text;

namespace GeoGraph.Bolt.Testing;

/// <summary>Renders values in script syntax, so a transcript line can be pasted into a script.</summary>
public static class ScriptFormatter
{
    /// <summary>Formats one value (or pattern).</summary>
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Formats a message: name and fields separated by spaces.</summary>
    public static string FormatMessage(string name, IEnumerable<object?> fields) =>
        fields.Any() ? name + " " + string.Join(" ", fields.Select(Format)) : name;

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: AppendString(sb, s); break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
                break;
            case long or int: sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case byte[] bytes: sb.Append('#').Append(Convert.ToHexString(bytes)); break;
            case ScriptWildcard: sb.Append('*'); break;
            case ScriptMapPattern p:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in p.Required)
                {
                    Sep(sb, ref first);
                    AppendString(sb, k);
                    sb.Append(": ");
                    Append(sb, v);
                }

                foreach (var (k, v) in p.Optional)
                {
                    Sep(sb, ref first);
                    AppendString(sb, k);
                    sb.Append("?: ");
                    Append(sb, v);
                }

                if (p.AllowExtra)
                {
                    Sep(sb, ref first);
                    sb.Append("...");
                }

                sb.Append('}');
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                var f = true;
                foreach (var (k, v) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    Sep(sb, ref f);
                    AppendString(sb, k);
                    sb.Append(": ");
                    Append(sb, v);
                }

                sb.Append('}');
                break;
            case IEnumerable list:
                sb.Append('[');
                var fl = true;
                foreach (var item in list)
                {
                    Sep(sb, ref fl);
                    Append(sb, item);
                }

                sb.Append(']');
                break;
            default: sb.Append('<').Append(value).Append('>'); break;
        }
    }

    private static void Sep(StringBuilder sb, ref bool first)
    {
        if (!first)
        {
            sb.Append(", ");
        }

        first = false;
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case < ' ': sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }
}
