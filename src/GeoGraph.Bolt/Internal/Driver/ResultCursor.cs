using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Messages;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// Streams one result: RUN is pipelined with the first PULL {n}; while the server answers <c>has_more</c> the cursor
/// sends another PULL when its buffer runs dry. Consuming early sends DISCARD. When the result ends (summary,
/// failure or lost connection) the owner's completion callback runs exactly once, e.g. to release the connection.
/// </summary>
internal sealed class ResultCursor : IResultCursor
{
    private readonly BoltConnection _connection;
    private readonly string _query;
    private readonly IReadOnlyDictionary<string, object?> _parameters;
    private readonly long _fetchSize;
    private readonly Func<ResultCursor, Exception?, Task> _onComplete;
    private readonly Queue<IRecord> _buffer = new();
    private RecordKeys _keys = new([]);
    private PullHandler? _pull;
    private long _qid = -1;
    private long _runSerial;
    private long? _tFirst;
    private bool _hasMore;
    private IResultSummary? _summary;
    private Exception? _error;
    private bool _completed;
    private string? _invalidReason;
    private IRecord? _current;

    private ResultCursor(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, long fetchSize, Func<ResultCursor, Exception?, Task> onComplete)
    {
        _connection = connection;
        _query = query;
        _parameters = parameters;
        _fetchSize = fetchSize;
        _onComplete = onComplete;
    }

    public IRecord Current => _current ?? throw new InvalidOperationException("Call FetchAsync and check it returned true before reading Current.");

    /// <summary>The summary once the result is complete (null before).</summary>
    public IResultSummary? Summary => _summary;

    public bool IsOpen => !_completed;

    /// <summary>Sends RUN + PULL, waits for RUN's answer, and returns the open cursor (or throws the RUN failure).</summary>
    public static async Task<ResultCursor> RunAsync(
        BoltConnection connection, RunMessage run, long fetchSize, Func<ResultCursor, Exception?, Task> onComplete, CancellationToken cancellationToken)
    {
        var cursor = new ResultCursor(connection, run.Query, run.Parameters, fetchSize, onComplete);
        var runHandler = new ResponseHandler();
        try
        {
            connection.Enqueue(run, runHandler);
            cursor._runSerial = connection.RunCount;
            cursor._pull = new PullHandler(cursor);
            connection.Enqueue(new PullMessage(false, fetchSize, -1), cursor._pull);
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await connection.ReceiveAsync(runHandler, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            await cursor.CompleteAsync(e).ConfigureAwait(false);
            throw;
        }

        if (runHandler.Error is { } error)
        {
            await cursor.CompleteAsync(error).ConfigureAwait(false);
            throw error;
        }

        var meta = runHandler.Metadata!;
        cursor._keys = new RecordKeys(meta.TryGetValue("fields", out var f) && f is IReadOnlyList<object?> fields
            ? fields.Select(x => x as string ?? "").ToArray()
            : []);
        cursor._qid = meta.TryGetValue("qid", out var q) && q is long qid ? qid : -1;
        cursor._tFirst = meta.TryGetValue("t_first", out var t) && t is long tf ? tf : null;
        return cursor;
    }

    public Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_keys.Names);

    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (_invalidReason is { } reason)
        {
            throw new ResultConsumedException(reason);
        }

        while (_buffer.Count == 0)
        {
            if (_error is not null)
            {
                throw _error;
            }

            if (_completed)
            {
                _current = null;
                return false;
            }

            await PullMoreAsync(discard: false, cancellationToken).ConfigureAwait(false);
        }

        _current = _buffer.Dequeue();
        return true;
    }

    public async Task<IReadOnlyList<IRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<IRecord>();
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(_current!);
        }

        return list;
    }

    public async Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        if (_invalidReason is { } reason && !_completed)
        {
            throw new ResultConsumedException(reason);
        }

        _invalidReason ??= "The result has been consumed; records can no longer be read from it.";
        _current = null;
        _buffer.Clear();
        while (!_completed)
        {
            await PullMoreAsync(discard: true, cancellationToken).ConfigureAwait(false);
            _buffer.Clear();
        }

        if (_error is not null)
        {
            throw _error;
        }

        return _summary!;
    }

    /// <summary>Reads the rest of the result into memory (a transaction does this before its next RUN or COMMIT).</summary>
    public async Task BufferAllAsync(CancellationToken cancellationToken)
    {
        while (!_completed)
        {
            await PullMoreAsync(discard: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ends the result without I/O: its transaction failed (<paramref name="error"/> is what later reads throw) or
    /// ended (<paramref name="error"/> null: later reads throw <see cref="ResultConsumedException"/>).
    /// </summary>
    public void Invalidate(Exception? error, string reason)
    {
        if (error is not null && !_completed)
        {
            _completed = true;
            _error = error;
            _buffer.Clear();
        }
        else if (error is null)
        {
            _invalidReason ??= reason;
        }
    }

    private async Task PullMoreAsync(bool discard, CancellationToken cancellationToken)
    {
        try
        {
            if (_pull is null)
            {
                if (!_hasMore)
                {
                    return;
                }

                _pull = new PullHandler(this);
                // qid -1 means "the latest query" and is the default: name the query only if another RUN came after it.
                var qid = _connection.RunCount == _runSerial ? -1 : _qid;
                _connection.Enqueue(new PullMessage(discard, discard ? -1 : _fetchSize, qid), _pull);
                await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            await _connection.ReceiveAsync(_pull, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _pull = null;
            await CompleteAsync(e).ConfigureAwait(false);
            if (_buffer.Count > 0 && !discard)
            {
                // Records that arrived before the failure are still the caller's; FetchAsync throws once they are read.
                return;
            }

            throw;
        }

        var pull = _pull;
        _pull = null;
        if (pull.Error is { } error)
        {
            await CompleteAsync(error).ConfigureAwait(false);
            if (_buffer.Count > 0 && !discard)
            {
                return;
            }

            throw error;
        }

        var meta = pull.Metadata!;
        _hasMore = meta.TryGetValue("has_more", out var more) && more is true;
        if (!_hasMore && meta.TryGetValue("type", out var type) && type is not (null or "r" or "w" or "rw" or "s"))
        {
            // The server broke the protocol; its connection cannot be trusted with more work.
            var invalid = new ProtocolException($"Server at {_connection.Uri.Address} sent query type '{type}'; expected r, w, rw or s.");
            _connection.MarkDefunct();
            await CompleteAsync(invalid).ConfigureAwait(false);
            throw invalid;
        }

        if (!_hasMore)
        {
            _summary = new ResultSummary(_query, _parameters, meta, _tFirst, _connection.Server!);
            await CompleteAsync(null).ConfigureAwait(false);
        }
    }

    private async Task CompleteAsync(Exception? error)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _error = error;
        await _onComplete(this, error).ConfigureAwait(false);
    }

    private sealed class PullHandler(ResultCursor cursor) : ResponseHandler
    {
        public override void OnRecord(IReadOnlyList<object?> fields) => cursor._buffer.Enqueue(new Record(cursor._keys, fields));
    }
}
