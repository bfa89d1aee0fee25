using System.Collections.Concurrent;
using System.Text;

namespace GeoGraph.Queries.Neo4j;

/// <summary>The query files of <c>cypher/queries</c>, embedded in this assembly at build time.</summary>
public static class CypherFiles
{
    private const string Prefix = "GeoGraph.Queries.Cypher.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of the embedded files without extension, e.g. <c>neighbors</c>, <c>support/edges</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(CypherFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".cypher".Length].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The text of one query file.</summary>
    /// <param name="name">The name without extension, e.g. <c>co-mentions</c>.</param>
    /// <returns>The Cypher text, header comment included.</returns>
    /// <exception cref="ArgumentException">No such file is embedded.</exception>
    public static string Text(string name) => Cache.GetOrAdd(name, static n =>
    {
        var resource = typeof(CypherFiles).Assembly.GetManifestResourceNames()
            .FirstOrDefault(r => string.Equals(r.Replace('\\', '/'), Prefix + n + ".cypher", StringComparison.Ordinal))
            ?? throw new ArgumentException($"no query file '{n}.cypher' is embedded; have: {string.Join(", ", Names)}.", nameof(name));
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });
}
