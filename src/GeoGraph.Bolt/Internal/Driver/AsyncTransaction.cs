using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Messages;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// An explicit transaction on one connection (BEGIN already acknowledged). Results are streamed one at a time: a new
/// RUN or the COMMIT first buffers what is left of the previous result. After any failure the transaction can only
/// be rolled back (which, the server having already rolled back, just releases the connection with a RESET).
/// </summary>
internal sealed class AsyncTransaction(AsyncSession session, ConnectionPool pool, BoltConnection connection, long fetchSize) : IAsyncTransaction
{
    private ResultCursor? _openResult;
    private Exception? _failure;
    private bool _closed;

    public async Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureUsableAsync(cancellationToken).ConfigureAwait(false);
        var run = new RunMessage(query, Parameters.From(parameters), TransactionExtra.Empty);
        try
        {
            var cursor = await ResultCursor.RunAsync(connection, run, fetchSize, (_, error) =>
            {
                _failure ??= error;
                _openResult = null;
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            _openResult = cursor.IsOpen ? cursor : null;
            return cursor;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _failure ??= e;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await EnsureUsableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var meta = await connection.RequestAsync(SimpleMessage.Commit, cancellationToken).ConfigureAwait(false);
            session.OnCommitted(meta.TryGetValue("bookmark", out var b) ? b as string : null);
        }
        finally
        {
            await CloseAsync().ConfigureAwait(false);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            throw new ClientException("The transaction is already closed.");
        }

        try
        {
            if (_failure is null && !connection.IsDefunct && connection.State != ServerState.Failed)
            {
                if (_openResult is { } open)
                {
                    await open.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                }

                await connection.RequestAsync(SimpleMessage.Rollback, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await CloseAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            // Disposal rolls back best-effort; the pool resets or drops the connection anyway.
        }
    }

    private async Task EnsureUsableAsync(CancellationToken cancellationToken)
    {
        if (_closed)
        {
            throw new ClientException("The transaction is closed; begin a new one.");
        }

        if (_failure is not null)
        {
            throw new ClientException("The transaction failed earlier and can only be rolled back.", _failure);
        }

        if (_openResult is { } open)
        {
            await open.BufferAllAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_failure is not null)
        {
            throw new ClientException("The transaction failed earlier and can only be rolled back.", _failure);
        }
    }

    private async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        session.OnTransactionClosed(this);
        await pool.ReleaseAsync(connection).ConfigureAwait(false);
    }
}
