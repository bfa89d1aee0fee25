namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>Query parameters as the read-only map RUN carries; the PackStream writer converts the values.</summary>
internal static class Parameters
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> From(IDictionary<string, object?>? parameters) => parameters switch
    {
        null or { Count: 0 } => Empty,
        IReadOnlyDictionary<string, object?> map => map,
        _ => new Dictionary<string, object?>(parameters, StringComparer.Ordinal),
    };
}
