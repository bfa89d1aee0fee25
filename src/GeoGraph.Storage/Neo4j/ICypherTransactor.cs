namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Runs a unit of work in one managed write transaction: commits when the work returns, rolls back when it throws, and
/// runs the work again on a transient failure. The work must therefore be safe to repeat from the start.
/// </summary>
internal interface ICypherTransactor : IAsyncDisposable
{
    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient failures.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">The work; it is given the transaction's runner and the cancellation token.</param>
    /// <param name="cancellationToken">Cancels the work and any further retries.</param>
    /// <returns>The result of the attempt that committed.</returns>
    Task<T> ExecuteWriteAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs one statement in its own auto-commit transaction (schema commands cannot share one).</summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAutoCommitAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
