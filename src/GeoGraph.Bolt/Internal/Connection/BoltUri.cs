namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>How a connection secures its socket, from the URI scheme.</summary>
internal enum TlsMode
{
    /// <summary><c>bolt://</c>: plain TCP.</summary>
    None,

    /// <summary><c>bolt+s://</c>: TLS, certificate chain checked against the system CAs and host name verified.</summary>
    Verified,

    /// <summary><c>bolt+ssc://</c>: TLS, any certificate accepted (self-signed); encrypts but does not authenticate the server.</summary>
    TrustAny,
}

/// <summary>A parsed driver URI: host, port (7687 by default) and TLS mode.</summary>
internal sealed record BoltUri(string Host, int Port, TlsMode Tls)
{
    public const int DefaultPort = 7687;

    public string Address => $"{Host}:{Port}";

    public static BoltUri Parse(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"'{uri}' is not a valid URI; expected e.g. bolt://localhost:7687.", nameof(uri));
        }

        var tls = parsed.Scheme.ToLowerInvariant() switch
        {
            "bolt" => TlsMode.None,
            "bolt+s" => TlsMode.Verified,
            "bolt+ssc" => TlsMode.TrustAny,
            "neo4j" or "neo4j+s" or "neo4j+ssc" => throw new ArgumentException(
                $"The '{parsed.Scheme}://' scheme asks for cluster routing, which GeoGraph.Bolt does not support yet. " +
                $"Connect directly to one server with '{parsed.Scheme.Replace("neo4j", "bolt", StringComparison.Ordinal)}://{parsed.Host}:{(parsed.IsDefaultPort ? DefaultPort : parsed.Port)}' instead.",
                nameof(uri)),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{parsed.Scheme}'; use bolt://, bolt+s:// (TLS) or bolt+ssc:// (TLS, self-signed certificates).",
                nameof(uri)),
        };

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            // Never echo the URI back: user info may hold a password.
            throw new ArgumentException("Credentials in the URI are not supported; pass them as an auth token.", nameof(uri));
        }

        var host = parsed.Host.Trim('[', ']');
        return new BoltUri(host, parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort : parsed.Port, tls);
    }
}
