using System.Net.Security;
using System.Net.Sockets;
using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.IO;
using GeoGraph.Bolt.Internal.Messages;
using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>
/// One Bolt connection: socket (+TLS), handshake, login, and a FIFO pipeline of requests whose responses arrive in
/// the order the requests were sent. Requests are queued with <see cref="Enqueue"/>, sent with <see cref="FlushAsync"/>
/// and their responses pumped with <see cref="ReceiveAsync"/>. Not thread-safe: a session owns it while working.
/// Every read is bounded by the socket read timeout and the caller's token, so a silent server cannot hang a caller;
/// any I/O fault makes the connection <see cref="ServerState.Defunct"/>.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly PooledBufferWriter _outgoing = new();
    private readonly Queue<ResponseHandler> _pending = new();
    private readonly TimeSpan _readTimeout;
    private Neo4jException? _pendingFailure;
    private PackStream.PackStreamOptions _options;

    private BoltConnection(Socket socket, Stream stream, BoltVersion version, BoltUri uri, TimeSpan readTimeout)
    {
        _socket = socket;
        _stream = stream;
        _reader = new ChunkReader(stream);
        Version = version;
        Uri = uri;
        _readTimeout = readTimeout;
        _options = MessageCodec.OptionsFor(version);
        LastUsed = Environment.TickCount64;
    }

    public BoltVersion Version { get; }

    public BoltUri Uri { get; }

    public ServerState State { get; private set; } = ServerState.Connected;

    public IServerInfo? Server { get; private set; }

    /// <summary><see cref="Environment.TickCount64"/> when the connection last finished work; drives liveness checks.</summary>
    public long LastUsed { get; set; }

    public bool IsDefunct => State == ServerState.Defunct;

    /// <summary>The server asked for TELEMETRY (Bolt 5.4+ HELLO hint <c>telemetry.enabled</c>).</summary>
    public bool ServerWantsTelemetry { get; private set; }

    /// <summary>
    /// Queues a TELEMETRY message (pipelined with the work it describes) if the server asked for them; returns its
    /// handler (null if nothing was queued) so a retrying caller can tell whether the server got it.
    /// </summary>
    public ResponseHandler? EnqueueTelemetry(Messages.TelemetryMessage message, bool disabledByClient)
    {
        if (!ServerWantsTelemetry || disabledByClient)
        {
            return null;
        }

        var handler = new ResponseHandler();
        Enqueue(message, handler);
        return handler;
    }

    /// <summary>Connects, negotiates a version and logs in, all within the connection timeout.</summary>
    public static async Task<BoltConnection> OpenAsync(
        BoltUri uri, AuthToken auth, DriverConfig config, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(config.ConnectionTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            await socket.ConnectAsync(uri.Host, uri.Port, timeout.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: false);
            if (uri.Tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = uri.Host,
                        // bolt+s: the default validation (system CAs, host name). bolt+ssc: accept the self-signed
                        // certificate the server presents; the channel is encrypted but the server not authenticated.
                        RemoteCertificateValidationCallback = uri.Tls == TlsMode.TrustAny ? static (_, _, _, _) => true : null,
                    },
                    timeout.Token).ConfigureAwait(false);
            }

            await stream.WriteAsync(BoltHandshake.Request.ToArray(), timeout.Token).ConfigureAwait(false);
            var answer = new byte[4];
            try
            {
                await stream.ReadExactlyAsync(answer, timeout.Token).ConfigureAwait(false);
            }
            catch (EndOfStreamException e)
            {
                throw new ServiceUnavailableException($"Server at {uri.Address} closed the connection during the Bolt handshake.", e);
            }

            var version = BoltHandshake.ParseAnswer(answer, uri.Address);
            var connection = new BoltConnection(socket, stream, version, uri, config.SocketReadTimeout);
            try
            {
                await connection.LoginAsync(auth, config.UserAgent, config.Notifications, timeout.Token).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return connection;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            await CloseQuietly(stream, socket).ConfigureAwait(false);
            throw new ServiceUnavailableException(
                $"Could not connect to {uri.Address} within {config.ConnectionTimeout.TotalSeconds:0.###} s (connection timeout).", e);
        }
        catch (Exception e) when (e is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            await CloseQuietly(stream, socket).ConfigureAwait(false);
            throw new ServiceUnavailableException($"Could not connect to {uri.Address}: {e.Message}", e);
        }
        catch
        {
            await CloseQuietly(stream, socket).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Queues a request; its response is matched to <paramref name="handler"/> in FIFO order.</summary>
    public void Enqueue(RequestMessage message, ResponseHandler handler)
    {
        ThrowIfDefunct();

        // Encoded straight into the outgoing buffer behind a reserved chunk header, then framed in place: a message of
        // several MiB (a loader's batch of rows) is not copied from a message buffer into the outgoing one.
        var start = _outgoing.WrittenCount;
        _outgoing.GetSpan(Chunking.HeaderSize);
        _outgoing.Advance(Chunking.HeaderSize);
        try
        {
            MessageCodec.Encode(message, Version, _options, _outgoing);
        }
        catch (PackStream.PackStreamException e)
        {
            // Nothing was queued, so the connection stays usable; the caller passed a value Bolt cannot carry.
            _outgoing.Truncate(start);
            throw new ClientException($"Cannot send {message.Name}: {e.Message}", e);
        }
        catch
        {
            _outgoing.Truncate(start);
            throw;
        }

        Chunking.FrameInPlace(_outgoing, start);
        _pending.Enqueue(handler);
        Track(message);
    }

    /// <summary>Sends every queued request.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        ThrowIfDefunct();
        if (_outgoing.WrittenCount == 0)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_outgoing.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _outgoing.Reset();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw Fail(e, cancellationToken);
        }
    }

    /// <summary>Reads responses until <paramref name="handler"/> has its summary.</summary>
    public async Task ReceiveAsync(ResponseHandler handler, CancellationToken cancellationToken)
    {
        while (!handler.IsCompleted)
        {
            ThrowIfDefunct();
            if (_pending.Count == 0)
            {
                throw new InvalidOperationException("Waiting for a response to a request that was never queued.");
            }

            var response = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            Dispatch(response);
        }
    }

    /// <summary>Queues, sends and waits for one request; throws its failure.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> RequestAsync(RequestMessage message, CancellationToken cancellationToken)
    {
        var handler = new ResponseHandler();
        Enqueue(message, handler);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(handler, cancellationToken).ConfigureAwait(false);
        handler.ThrowIfFailed();
        return handler.Metadata!;
    }

    /// <summary>
    /// Returns the server to <see cref="ServerState.Ready"/> with RESET: after a FAILURE, or to drop an open result or
    /// transaction, or as the pool's liveness check. Answers still owed to earlier requests arrive (as IGNORED) first.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var handler = new ResponseHandler();
        Enqueue(SimpleMessage.Reset, handler);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(handler, cancellationToken).ConfigureAwait(false);
        if (handler.Error is { } error)
        {
            // A server that refuses RESET cannot be trusted with more work.
            MarkDefunct();
            throw error;
        }

        _pendingFailure = null;
        State = ServerState.Ready;
    }

    /// <summary>Says GOODBYE (best effort, never waits for an answer) and closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (State is not ServerState.Defunct)
        {
            try
            {
                _outgoing.Reset();
                _pending.Clear();
                Enqueue(SimpleMessage.Goodbye, new ResponseHandler());
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _stream.WriteAsync(_outgoing.WrittenMemory, cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or Neo4jException)
            {
                // Closing anyway.
            }
        }

        MarkDefunct();
    }

    /// <summary>
    /// Closes the socket from outside while another task may be using the connection (driver shutdown): the owner's
    /// pending read or write fails and it then disposes the connection as defunct. Buffers stay with the owner.
    /// </summary>
    public void Abort()
    {
        State = ServerState.Defunct;
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }

        _socket.Dispose();
    }

    /// <summary>Closes the socket and fails whatever was still waiting; the connection is never used again.</summary>
    public void MarkDefunct()
    {
        State = ServerState.Defunct;
        _pending.Clear();
        try
        {
            _stream.Dispose();
            _socket.Dispose();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }

        _reader.Dispose();
        _outgoing.Dispose();
    }

    private async Task LoginAsync(AuthToken auth, string userAgent, Driver.NotificationConfig? notifications, CancellationToken cancellationToken)
    {
        var hello = new ResponseHandler();
        Enqueue(new HelloMessage(userAgent, auth, notifications), hello);
        ResponseHandler? logon = null;
        if (Version >= BoltVersion.V5_1)
        {
            // LOGON may be pipelined behind HELLO (Bolt 5.1 spec): one round trip for both.
            logon = new ResponseHandler();
            Enqueue(new LogonMessage(auth), logon);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(logon ?? hello, cancellationToken).ConfigureAwait(false);
        hello.ThrowIfFailed();
        logon?.ThrowIfFailed();
        var meta = hello.Metadata!;
        if (Version == BoltVersion.V4_4 && meta.TryGetValue("patch_bolt", out var patches)
            && patches is IReadOnlyList<object?> list && list.Contains("utc"))
        {
            _options = MessageCodec.Utc44;
        }

        ServerWantsTelemetry = Version >= BoltVersion.V5_4
            && meta.TryGetValue("hints", out var hints) && hints is IReadOnlyDictionary<string, object?> hintMap
            && hintMap.TryGetValue("telemetry.enabled", out var telemetry) && telemetry is true;
        Server = new ServerInfo(
            Uri.Address,
            meta.TryGetValue("server", out var agent) && agent is string s ? s : "unknown",
            new Version(Version.Major, Version.Minor),
            meta.TryGetValue("connection_id", out var id) ? id as string : null);
        State = ServerState.Ready;
    }

    private async ValueTask<Response> ReadResponseAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? timeout = null;
        var token = cancellationToken;
        if (_readTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_readTimeout);
            token = timeout.Token;
        }

        try
        {
            var message = await _reader.ReadMessageAsync(token).ConfigureAwait(false);
            try
            {
                return MessageCodec.Decode(message.Span, _options);
            }
            catch (ProtocolException)
            {
                MarkDefunct();
                throw;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw Fail(e, cancellationToken);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    private Exception Fail(Exception e, CancellationToken callerToken)
    {
        var wasDefunct = State == ServerState.Defunct;
        MarkDefunct();
        if (callerToken.IsCancellationRequested)
        {
            // The caller gave up; the half-read stream cannot be resynchronised, so the connection is gone either way.
            return new OperationCanceledException("The operation was cancelled; the connection was closed.", e, callerToken);
        }

        return e switch
        {
            OperationCanceledException => new ServiceUnavailableException(
                $"Server at {Uri.Address} sent nothing for {_readTimeout.TotalSeconds:0.###} s (socket read timeout); the connection was closed.", e),
            EndOfStreamException => new ServiceUnavailableException($"Connection to {Uri.Address} lost: {e.Message}", e),
            _ when wasDefunct => new ServiceUnavailableException($"Connection to {Uri.Address} is closed.", e),
            _ => new ServiceUnavailableException($"Connection to {Uri.Address} lost: {e.Message}", e),
        };
    }

    private void Dispatch(Response response)
    {
        var handler = _pending.Peek();
        switch (response.Signature)
        {
            case MessageSignatures.Record:
                handler.OnRecord(response.Fields!);
                return;
            case MessageSignatures.Success:
                _pending.Dequeue();
                OnSuccess(response.Metadata!);
                handler.OnSuccess(response.Metadata!);
                return;
            case MessageSignatures.Failure:
                _pending.Dequeue();
                var error = ErrorMapper.FromFailure(response.Metadata!);
                _pendingFailure = error;
                State = ServerState.Failed;
                handler.OnFailure(error);
                return;
            case MessageSignatures.Ignored:
                _pending.Dequeue();
                handler.OnIgnored(_pendingFailure);
                return;
            default:
                MarkDefunct();
                throw new ProtocolException(
                    $"Server at {Uri.Address} sent message {MessageSignatures.NameOf(response.Signature)}, which is not a response.");
        }
    }

    // Request/summary bookkeeping of the server state machine; only the transitions the driver relies on.
    private ServerState _afterSuccess = ServerState.Ready;

    /// <summary>How many RUNs were queued on this connection; a result pulled while it is still the latest RUN can say
    /// <c>qid: -1</c> ("the last query") and so leave the default out.</summary>
    public long RunCount { get; private set; }

    private void Track(RequestMessage message)
    {
        if (message.Signature == MessageSignatures.Run)
        {
            RunCount++;
        }

        _afterSuccess = NextState(message);
    }

    private ServerState NextState(RequestMessage message) => message.Signature switch
    {
        MessageSignatures.Begin => ServerState.TxReady,
        MessageSignatures.Run => State is ServerState.TxReady or ServerState.TxStreaming ? ServerState.TxStreaming : ServerState.Streaming,
        MessageSignatures.Commit or MessageSignatures.Rollback or MessageSignatures.Reset => ServerState.Ready,
        _ => _afterSuccess,
    };

    private void OnSuccess(IReadOnlyDictionary<string, object?> metadata)
    {
        if (State is ServerState.Failed or ServerState.Defunct)
        {
            return;
        }

        if (metadata.TryGetValue("has_more", out var more) && more is true)
        {
            return;
        }

        State = _afterSuccess switch
        {
            ServerState.Streaming when State == ServerState.Streaming && !metadata.ContainsKey("fields") => ServerState.Ready,
            ServerState.TxStreaming when State == ServerState.TxStreaming && !metadata.ContainsKey("fields") => ServerState.TxReady,
            var next => next,
        };
    }

    private void ThrowIfDefunct()
    {
        if (State == ServerState.Defunct)
        {
            throw new ServiceUnavailableException($"Connection to {Uri.Address} is closed.");
        }
    }

    private static async ValueTask CloseQuietly(Stream? stream, Socket socket)
    {
        try
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }

        socket.Dispose();
    }
}
