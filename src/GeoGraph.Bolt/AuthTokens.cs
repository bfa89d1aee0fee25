using GeoGraph.Bolt.Internal.Auth;

namespace GeoGraph.Bolt;

/// <summary>Factory of auth tokens.</summary>
public static class AuthTokens
{
    /// <summary>No authentication (servers with auth disabled).</summary>
    public static IAuthToken None { get; } = new AuthToken("none", null, null, null);

    /// <summary>User name and password, optionally within a realm.</summary>
    public static IAuthToken Basic(string user, string password, string? realm = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", user, password, realm);
    }

    /// <summary>A bearer token (SSO / JWT).</summary>
    public static IAuthToken Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new AuthToken("bearer", null, token, null);
    }
}
