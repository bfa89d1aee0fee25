namespace GeoGraph.Bolt;

/// <summary>
/// A causally chained sequence of transactions. Not thread-safe: one piece of work at a time.
/// Disposing consumes any open result and returns the connection to the pool.
/// </summary>
public interface IAsyncSession : IAsyncQueryRunner, IAsyncDisposable
{
    /// <summary>Begins an explicit transaction (BEGIN); commit or roll it back, disposing rolls back.</summary>
    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures and lost connections.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures and lost connections.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks of the last committed transaction (or those the session started with).</summary>
    Bookmarks? LastBookmarks { get; }
}
