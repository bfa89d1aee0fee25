using System.Collections;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>
/// Structural equality over the Bolt value model (lists, maps and graph entities compared field by field), with a
/// path to the first difference so a failing property test says where.
/// </summary>
internal static class ValueEquality
{
    public static void AssertEqual(object? expected, object? actual)
    {
        string? difference = Difference(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    public static string? Difference(object? expected, object? actual, string path)
    {
        expected = Canonical(expected);
        actual = Canonical(actual);
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {Describe(actual)}";
            case double d:
                return actual is double a && BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(d) || actual is double b && double.IsNaN(b) && double.IsNaN(d)
                    ? null
                    : $"{path}: expected {d:R}, got {Describe(actual)}";
            case byte[] bytes:
                return actual is byte[] other && bytes.AsSpan().SequenceEqual(other) ? null : $"{path}: byte arrays differ";
            case Node n:
                if (actual is not Node m)
                {
                    return $"{path}: expected a node, got {Describe(actual)}";
                }

                return n.Id != m.Id || n.ElementId != m.ElementId ? $"{path}: node ids differ"
                    : Difference(n.Labels.ToList(), m.Labels.ToList(), path + ".labels") ?? Difference(n.Properties, m.Properties, path + ".properties");
            case Relationship r:
                if (actual is not Relationship s)
                {
                    return $"{path}: expected a relationship, got {Describe(actual)}";
                }

                return (r.Id, r.ElementId, r.StartNodeId, r.StartNodeElementId, r.EndNodeId, r.EndNodeElementId, r.Type) != (s.Id, s.ElementId, s.StartNodeId, s.StartNodeElementId, s.EndNodeId, s.EndNodeElementId, s.Type)
                    ? $"{path}: relationship fields differ ({r} vs {s})"
                    : Difference(r.Properties, s.Properties, path + ".properties");
            case UnboundRelationship u:
                if (actual is not UnboundRelationship v)
                {
                    return $"{path}: expected an unbound relationship, got {Describe(actual)}";
                }

                return (u.Id, u.ElementId, u.Type) != (v.Id, v.ElementId, v.Type) ? $"{path}: unbound relationship fields differ"
                    : Difference(u.Properties, v.Properties, path + ".properties");
            case Path p:
                if (actual is not Path q)
                {
                    return $"{path}: expected a path, got {Describe(actual)}";
                }

                return Difference(p.Nodes.Cast<object?>().ToList(), q.Nodes.Cast<object?>().ToList(), path + ".nodes")
                    ?? Difference(p.Relationships.Cast<object?>().ToList(), q.Relationships.Cast<object?>().ToList(), path + ".relationships");
            case IReadOnlyDictionary<string, object?> map:
                if (actual is not IReadOnlyDictionary<string, object?> other2)
                {
                    return $"{path}: expected a map, got {Describe(actual)}";
                }

                if (map.Count != other2.Count)
                {
                    return $"{path}: map has {other2.Count} entries, expected {map.Count}";
                }

                foreach (var (key, item) in map)
                {
                    if (!other2.TryGetValue(key, out var otherItem))
                    {
                        return $"{path}: missing key '{key}'";
                    }

                    if (Difference(item, otherItem, $"{path}.{key}") is { } d2)
                    {
                        return d2;
                    }
                }

                return null;
            case IList list:
                if (actual is not IList other3)
                {
                    return $"{path}: expected a list, got {Describe(actual)}";
                }

                if (list.Count != other3.Count)
                {
                    return $"{path}: list has {other3.Count} items, expected {list.Count}";
                }

                for (int i = 0; i < list.Count; i++)
                {
                    if (Difference(list[i], other3[i], $"{path}[{i}]") is { } d3)
                    {
                        return d3;
                    }
                }

                return null;
            default:
                return Equals(expected, actual) ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        }
    }

    // What the reader gives back for what the writer accepts: all integers as long, float as double.
    private static object? Canonical(object? value) => value switch
    {
        int i => (long)i,
        short s => (long)s,
        sbyte b => (long)b,
        byte b => (long)b,
        float f => (double)f,
        _ => value,
    };

    private static string Describe(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
