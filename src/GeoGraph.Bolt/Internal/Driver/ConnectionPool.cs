using System.Collections.Concurrent;
using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.Connection;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// Connections to one server, at most <see cref="DriverConfig.MaxConnectionPoolSize"/> at a time. Acquisition waits
/// for a free slot up to the acquisition timeout. Idle connections are reused most-recent-first; one idle longer than
/// the liveness threshold must first answer a RESET, and one idle longer than the idle timeout is closed.
/// Released connections are RESET if they are not clean, and closed if they are broken.
/// </summary>
internal sealed class ConnectionPool(BoltUri uri, AuthToken auth, DriverConfig config) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(config.MaxConnectionPoolSize, config.MaxConnectionPoolSize);
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly ConcurrentDictionary<BoltConnection, byte> _open = new();
    private volatile bool _disposed;

    public BoltUri Uri { get; } = uri;

    public DriverConfig Config { get; } = config;

    /// <summary>Idle connections (for tests and diagnostics).</summary>
    public int IdleCount => _idle.Count;

    /// <summary>
    /// Lends a connection: an idle one if any is still good, else a new one. With <paramref name="checkLiveness"/> an
    /// idle connection must answer a RESET first whatever its age (connectivity checks must prove the server is there).
    /// </summary>
    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken, bool checkLiveness = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(Config.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ClientException(
                $"Could not acquire a connection to {Uri.Address} within {Config.ConnectionAcquisitionTimeout.TotalSeconds:0.###} s: " +
                $"all {Config.MaxConnectionPoolSize} pooled connections are in use (connection acquisition timeout).");
        }

        try
        {
            while (_idle.TryPop(out var connection))
            {
                if (await IsReusableAsync(connection, checkLiveness, cancellationToken).ConfigureAwait(false))
                {
                    return connection;
                }
            }

            var opened = await BoltConnection.OpenAsync(Uri, auth, Config, cancellationToken).ConfigureAwait(false);
            _open[opened] = 0;
            if (_disposed)
            {
                // Closed while we were connecting: nothing may outlive the driver.
                _open.TryRemove(opened, out _);
                await opened.DisposeAsync().ConfigureAwait(false);
                ObjectDisposedException.ThrowIf(true, this);
            }

            return opened;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async Task ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsDefunct && connection.State != ServerState.Ready)
            {
                // Failed, or a result/transaction left open: RESET drops it all server-side.
                try
                {
                    using var cts = new CancellationTokenSource(Config.SocketReadTimeout == Timeout.InfiniteTimeSpan ? TimeSpan.FromSeconds(30) : Config.SocketReadTimeout);
                    await connection.ResetAsync(cts.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is Neo4jException or OperationCanceledException)
                {
                    connection.MarkDefunct();
                }
            }

            if (connection.IsDefunct || _disposed)
            {
                _open.TryRemove(connection, out _);
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                connection.LastUsed = Environment.TickCount64;
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            _open.TryRemove(connection, out _);
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        // Connections still lent to sessions (an unconsumed result, an open transaction) are closed too, so the server
        // sees every socket of a closed driver go away; their owners then fail with "connection closed".
        foreach (var connection in _open.Keys)
        {
            _open.TryRemove(connection, out _);
            connection.Abort();
        }
    }

    private async Task<bool> IsReusableAsync(BoltConnection connection, bool checkLiveness, CancellationToken cancellationToken)
    {
        if (connection.IsDefunct)
        {
            _open.TryRemove(connection, out _);
            await connection.DisposeAsync().ConfigureAwait(false);
            return false;
        }

        var idle = TimeSpan.FromMilliseconds(Environment.TickCount64 - connection.LastUsed);
        if (Config.ConnectionIdleTimeout != Timeout.InfiniteTimeSpan && idle > Config.ConnectionIdleTimeout)
        {
            _open.TryRemove(connection, out _);
            await connection.DisposeAsync().ConfigureAwait(false);
            return false;
        }

        if (checkLiveness || (Config.LivenessCheckThreshold != Timeout.InfiniteTimeSpan && idle >= Config.LivenessCheckThreshold))
        {
            try
            {
                await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The server went away while the connection idled: drop it and try the next one.
                connection.MarkDefunct();
                _open.TryRemove(connection, out _);
                return false;
            }
        }

        return true;
    }
}
