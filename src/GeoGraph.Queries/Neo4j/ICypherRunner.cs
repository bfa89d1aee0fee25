namespace GeoGraph.Queries.Neo4j;

/// <summary>
/// Runs one read query and returns its records. <see cref="Neo4jGraphQueries"/> needs nothing more from a driver, so
/// any Bolt client can stand behind it (the project's own GeoGraph.Bolt driver, or Neo4j's in a notebook).
/// </summary>
public interface ICypherRunner : IAsyncDisposable
{
    /// <summary>Runs a parameterised read query.</summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters: null, bool, long, double, string, lists and string-keyed maps of those.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Every record as a map from column name to value (long, double, string, bool, list, map or null).</returns>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default);
}
