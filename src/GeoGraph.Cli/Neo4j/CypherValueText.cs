using System.Collections;
using System.Globalization;
using System.Text;
using GeoGraph.Bolt;

namespace GeoGraph.Cli.Neo4j;

/// <summary>
/// Renders Bolt values the way cypher-shell prints them: <c>"text"</c>, <c>NULL</c>, <c>TRUE</c>, <c>1.0</c>,
/// <c>[1, 2]</c>, <c>{name: "x"}</c>, <c>(:Country {name: "Kazakhstan"})</c>, <c>[:MEMBER_OF {mentions: 2}]</c>.
/// </summary>
internal static class CypherValueText
{
    /// <summary>Formats one value.</summary>
    /// <param name="value">A value from a record.</param>
    /// <returns>Its text.</returns>
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("NULL");
                break;
            case string s:
                sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case bool b:
                sb.Append(b ? "TRUE" : "FALSE");
                break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(double.IsFinite(d) && !text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal) ? text + ".0" : text);
                break;
            case long or int:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                sb.Append("0x").Append(Convert.ToHexStringLower(bytes));
                break;
            case Node node:
                AppendNode(sb, node);
                break;
            case Relationship rel:
                sb.Append("[:").Append(rel.Type);
                AppendProperties(sb, rel.Properties);
                sb.Append(']');
                break;
            case Bolt.Path path:
                AppendPath(sb, path);
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map)
                {
                    sb.Append(first ? string.Empty : ", ").Append(k).Append(": ");
                    Append(sb, v);
                    first = false;
                }

                sb.Append('}');
                break;
            case IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    sb.Append(firstItem ? string.Empty : ", ");
                    Append(sb, item);
                    firstItem = false;
                }

                sb.Append(']');
                break;
            default:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendNode(StringBuilder sb, Node node)
    {
        sb.Append('(');
        foreach (var label in node.Labels)
        {
            sb.Append(':').Append(label);
        }

        AppendProperties(sb, node.Properties, leadingSpace: node.Labels.Count > 0);
        sb.Append(')');
    }

    private static void AppendProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties, bool leadingSpace = true)
    {
        if (properties.Count == 0)
        {
            return;
        }

        if (leadingSpace)
        {
            sb.Append(' ');
        }

        Append(sb, properties);
    }

    // A path prints node, relationship, node, ... with arrows showing each relationship's direction along the path.
    private static void AppendPath(StringBuilder sb, Bolt.Path path)
    {
        if (path.Nodes.Count == 0)
        {
            return;
        }

        AppendNode(sb, path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Count && i + 1 < path.Nodes.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = string.Equals(rel.StartNodeElementId, path.Nodes[i].ElementId, StringComparison.Ordinal);
            sb.Append(forward ? "-" : "<-");
            sb.Append("[:").Append(rel.Type);
            AppendProperties(sb, rel.Properties);
            sb.Append(']');
            sb.Append(forward ? "->" : "-");
            AppendNode(sb, path.Nodes[i + 1]);
        }
    }
}
