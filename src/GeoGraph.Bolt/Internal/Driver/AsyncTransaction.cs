using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Messages;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// An explicit transaction on one connection (BEGIN already acknowledged). Several results may be open at once (Bolt 4+
/// pulls each by its <c>qid</c>); COMMIT and ROLLBACK first discard what is left of them
/// (results cannot be read once their transaction ends, so there is nothing to keep). A failure ends every
/// open result with that failure, and the transaction can then only be rolled back (which, the server having already
/// rolled back, just releases the connection with a RESET). Once the transaction ends its results can no longer be read.
/// </summary>
internal sealed class AsyncTransaction(AsyncSession session, ConnectionPool pool, BoltConnection connection, long fetchSize) : IAsyncTransaction
{
    private readonly List<ResultCursor> _results = [];
    private Exception? _failure;
    private bool _closed;

    public async Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureUsable();
        var run = new RunMessage(query, Parameters.From(parameters), TransactionExtra.Empty);
        try
        {
            var cursor = await ResultCursor.RunAsync(connection, run, fetchSize, (_, error) =>
            {
                if (error is not null)
                {
                    Terminate(error);
                }

                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            _results.Add(cursor);
            return cursor;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            Terminate(e);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        await DiscardOpenResultsAsync(cancellationToken).ConfigureAwait(false);
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
                foreach (var open in _results.Where(r => r.IsOpen).ToArray())
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

    private void EnsureUsable()
    {
        if (_closed)
        {
            throw new ClientException("The transaction is closed; begin a new one.");
        }

        if (_failure is not null)
        {
            throw new TransactionTerminatedException("The transaction failed earlier and can only be rolled back.", _failure);
        }
    }

    private async Task DiscardOpenResultsAsync(CancellationToken cancellationToken)
    {
        foreach (var open in _results.Where(r => r.IsOpen).ToArray())
        {
            await open.ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_failure is not null)
        {
            throw new TransactionTerminatedException("The transaction failed earlier and can only be rolled back.", _failure);
        }
    }

    /// <summary>The first failure ends the transaction: every other open result ends with it, without more I/O.</summary>
    private void Terminate(Exception error)
    {
        if (_failure is not null)
        {
            return;
        }

        _failure = error;
        foreach (var result in _results)
        {
            result.Invalidate(error, "");
        }
    }

    private async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        foreach (var result in _results)
        {
            result.Invalidate(null, "The result belongs to a transaction that has ended; its records can no longer be read.");
        }

        session.OnTransactionClosed(this);
        await pool.ReleaseAsync(connection).ConfigureAwait(false);
    }
}
