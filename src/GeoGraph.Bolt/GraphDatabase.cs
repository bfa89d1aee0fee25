using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Driver;

namespace GeoGraph.Bolt;

/// <summary>Entry point: creates drivers.</summary>
public static class GraphDatabase
{
    /// <summary>
    /// Creates a driver for <paramref name="uri"/>: <c>bolt://host:port</c> (plain), <c>bolt+s://</c> (TLS, verified
    /// certificate) or <c>bolt+ssc://</c> (TLS, self-signed accepted). No connection is opened until first use.
    /// </summary>
    /// <exception cref="ArgumentException">The URI is malformed or uses a routing scheme (<c>neo4j://</c>), which is not supported.</exception>
    public static IDriver Driver(string uri, IAuthToken authToken, Action<DriverConfigBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        if (authToken is not AuthToken auth)
        {
            throw new ArgumentException("Use AuthTokens to create auth tokens.", nameof(authToken));
        }

        var parsed = BoltUri.Parse(uri);
        var builder = new DriverConfigBuilder();
        configure?.Invoke(builder);
        return new BoltDriver(new ConnectionPool(parsed, auth, builder.Config));
    }
}
