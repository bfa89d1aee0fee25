using System.Runtime.CompilerServices;
using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Messages;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// A session: borrows a pooled connection for each piece of work (an auto-commit result or a transaction) and gives
/// it back when the work ends. Bookmarks of each committed piece of work feed the next one's BEGIN/RUN.
/// </summary>
internal sealed class AsyncSession(ConnectionPool pool, SessionConfigBuilder config) : IAsyncSession
{
    private readonly long _fetchSize = config.FetchSize ?? pool.Config.FetchSize;
    private ResultCursor? _openResult;
    private AsyncTransaction? _openTransaction;
    private bool _disposed;

    public Bookmarks? LastBookmarks { get; private set; } = config.Bookmarks;

    public Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, null, cancellationToken);

    public async Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var txConfig = new TransactionConfigBuilder();
        configure?.Invoke(txConfig);
        await PrepareForWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var run = new RunMessage(query, Parameters.From(parameters), Extra(config.AccessMode, txConfig));
        _ = connection.EnqueueTelemetry(TelemetryMessage.AutoCommit, pool.Config.TelemetryDisabled);
        var cursor = await ResultCursor.RunAsync(connection, run, _fetchSize, async (c, error) =>
        {
            if (error is null && c.Summary?.Bookmark is { Length: > 0 } bookmark)
            {
                LastBookmarks = Bookmarks.From(bookmark);
            }

            _openResult = null;
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        _openResult = cursor.IsOpen ? cursor : null;
        return cursor;
    }

    public Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        BeginAsync(config.AccessMode, configure, TelemetryMessage.ExplicitTransaction, null, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, configure, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, configure, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await CloseOpenWorkAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposal must not throw for a failure the caller already saw (or chose to ignore).
        }
    }

    internal void OnCommitted(string? bookmark)
    {
        if (!string.IsNullOrEmpty(bookmark))
        {
            LastBookmarks = Bookmarks.From(bookmark);
        }
    }

    internal void OnTransactionClosed(AsyncTransaction transaction)
    {
        if (ReferenceEquals(_openTransaction, transaction))
        {
            _openTransaction = null;
        }
    }

    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // One managed transaction is one API call: once the server acknowledged its TELEMETRY, retries do not repeat it.
        var telemetrySent = new StrongBox<bool>();
        var retry = new RetryLogic(pool.Config.MaxTransactionRetryTime, pool.Config.RetryInitialDelay);
        return await retry.RetryAsync(async () =>
        {
            var tx = await BeginAsync(mode, configure, TelemetryMessage.ManagedTransaction, telemetrySent, cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var result = await work(tx).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IAsyncTransaction> BeginAsync(
        AccessMode mode, Action<TransactionConfigBuilder>? configure, TelemetryMessage telemetry, StrongBox<bool>? telemetrySent, CancellationToken cancellationToken)
    {
        await PrepareForWorkAsync(cancellationToken).ConfigureAwait(false);
        var txConfig = new TransactionConfigBuilder();
        configure?.Invoke(txConfig);
        var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var telemetryHandler = telemetrySent is { Value: true } ? null : connection.EnqueueTelemetry(telemetry, pool.Config.TelemetryDisabled);
            try
            {
                await connection.RequestAsync(new BeginMessage(Extra(mode, txConfig)), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (telemetrySent is not null && telemetryHandler is { IsCompleted: true, Error: null })
                {
                    telemetrySent.Value = true;
                }
            }
        }
        catch
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }

        var tx = new AsyncTransaction(this, pool, connection, _fetchSize);
        _openTransaction = tx;
        return tx;
    }

    private async Task PrepareForWorkAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_openTransaction is not null)
        {
            throw new ClientException("This session has an open transaction; commit or roll it back before running other work in the session.");
        }

        await CloseOpenWorkAsync(cancellationToken, forNewWork: true).ConfigureAwait(false);
    }

    private async Task CloseOpenWorkAsync(CancellationToken cancellationToken, bool forNewWork = false)
    {
        if (_openTransaction is { } tx)
        {
            await tx.DisposeAsync().ConfigureAwait(false);
        }

        if (_openResult is { } result)
        {
            // A new piece of work needs the previous result finished so its bookmark is known and its connection free.
            // Its records are buffered, not discarded: the caller may still be iterating it (nested queries).
            if (forNewWork)
            {
                await result.BufferAllAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TransactionExtra Extra(AccessMode mode, TransactionConfigBuilder? tx) =>
        new(LastBookmarks, tx?.Timeout, tx?.Metadata, mode, config.Database, config.ImpersonatedUser) { Notifications = config.Notifications };
}
