namespace GeoGraph.Bolt;

/// <summary>
/// A causally chained sequence of transactions. Not thread-safe: one piece of work at a time.
/// Disposing consumes any open result and returns the connection to the pool.
/// </summary>
public interface IAsyncSession : IAsyncQueryRunner, IAsyncDisposable
{
    /// <summary>
    /// Runs an auto-commit query with a transaction configuration (server-side timeout, metadata), which goes with RUN.
    /// </summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">Query parameters, or null.</param>
    /// <param name="configure">Sets the transaction's timeout and metadata, or null for none.</param>
    /// <param name="cancellationToken">Cancels waiting for the server's answer to RUN (the connection is closed).</param>
    /// <returns>The open result.</returns>
    Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken = default);

    /// <summary>Begins an explicit transaction (BEGIN); commit or roll it back, disposing rolls back.</summary>
    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures and lost connections.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures and lost connections.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks of the last committed transaction (or those the session started with).</summary>
    Bookmarks? LastBookmarks { get; }
}
