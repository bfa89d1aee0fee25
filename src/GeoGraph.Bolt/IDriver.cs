namespace GeoGraph.Bolt;

/// <summary>A driver owns the connection pool to one server. Create one per application and dispose it at shutdown.</summary>
public interface IDriver : IAsyncDisposable
{
    /// <summary>Opens a session (cheap; connections are taken from the pool only while work runs).</summary>
    IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null);

    /// <summary>Opens (or reuses) a connection and logs in, throwing if the server is unreachable or refuses the credentials.</summary>
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    /// <summary>Connects and returns what the server said about itself.</summary>
    Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);
}
