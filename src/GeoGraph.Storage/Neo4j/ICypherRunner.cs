namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Runs one Cypher statement inside an open write transaction and returns its records. The loader is written against
/// this seam rather than the Bolt driver so its queries and rows can be checked without a server.
/// </summary>
internal interface ICypherRunner
{
    /// <summary>Runs a statement and pulls all of its records.</summary>
    /// <param name="query">The Cypher text, always one of the checked-in files.</param>
    /// <param name="parameters">The parameters; data only ever travels here, never in the text.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records, each as column name to value.</returns>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
