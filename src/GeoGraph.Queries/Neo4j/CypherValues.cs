using System.Globalization;
using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Neo4j;

/// <summary>Reads the loosely typed values of a Cypher record into result fields.</summary>
internal static class CypherValues
{
    public static string String(IReadOnlyDictionary<string, object?> row, string key) =>
        OptionalString(row, key) ?? throw new InvalidOperationException($"the query returned no '{key}'.");

    public static string? OptionalString(IReadOnlyDictionary<string, object?> row, string key) =>
        row.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public static long Long(IReadOnlyDictionary<string, object?> row, string key) =>
        row.TryGetValue(key, out var v) && v is not null ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;

    public static int Int(IReadOnlyDictionary<string, object?> row, string key) => checked((int)Long(row, key));

    public static double Double(IReadOnlyDictionary<string, object?> row, string key) =>
        row.TryGetValue(key, out var v) && v is not null ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0;

    public static IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> row, string key) =>
        row.TryGetValue(key, out var v) && v is System.Collections.IEnumerable e and not string ? e.Cast<object?>().ToList() : [];

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> row, string key) =>
        List(row, key).Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList();

    public static IReadOnlyDictionary<string, object?> Map(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> m => m,
        IDictionary<string, object?> d => d.AsReadOnly(),
        null => new Dictionary<string, object?>(),
        _ => throw new InvalidOperationException($"expected a map, got {value.GetType().Name}."),
    };

    /// <summary>An entity reference from <c>{prefix}Id</c>, <c>{prefix}Name</c>, <c>{prefix}Type</c> columns.</summary>
    public static EntityRef Entity(IReadOnlyDictionary<string, object?> row, string prefix) =>
        new(String(row, prefix + "Id"), OptionalString(row, prefix + "Name") ?? String(row, prefix + "Id"), OptionalString(row, prefix + "Type") ?? "unknown");

    public static EntityRef? OptionalEntity(IReadOnlyDictionary<string, object?> row, string prefix) =>
        OptionalString(row, prefix + "Id") is null ? null : Entity(row, prefix);
}
