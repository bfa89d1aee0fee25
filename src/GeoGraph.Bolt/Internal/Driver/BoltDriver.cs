using GeoGraph.Bolt.Internal.Connection;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>The driver: a connection pool to one server and a factory of sessions over it.</summary>
internal sealed class BoltDriver(ConnectionPool pool) : IDriver
{
    internal ConnectionPool Pool { get; } = pool;

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null)
    {
        var config = new SessionConfigBuilder();
        configure?.Invoke(config);
        return new AsyncSession(Pool, config);
    }

    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Pool.AcquireAsync(cancellationToken, checkLiveness: true).ConfigureAwait(false);
        try
        {
            return connection.Server!;
        }
        finally
        {
            await Pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();

    public override string ToString() => $"Driver(bolt{(Pool.Uri.Tls switch { TlsMode.Verified => "+s", TlsMode.TrustAny => "+ssc", _ => "" })}://{Pool.Uri.Address})";
}
