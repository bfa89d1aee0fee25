namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>
/// The connection's view of the server's Bolt state machine (Bolt spec, "Server states"). Requests are only
/// legal in some states; FAILURE moves the server to <see cref="Failed"/>, where it answers everything but RESET
/// with IGNORED; any I/O or protocol error makes the connection <see cref="Defunct"/> for good.
/// </summary>
internal enum ServerState
{
    /// <summary>Socket open, handshake done, not logged in.</summary>
    Connected,

    /// <summary>Logged in, no transaction, no open result.</summary>
    Ready,

    /// <summary>An auto-commit result is open (RUN succeeded, PULL has_more).</summary>
    Streaming,

    /// <summary>Inside an explicit transaction, no open result.</summary>
    TxReady,

    /// <summary>Inside an explicit transaction with an open result.</summary>
    TxStreaming,

    /// <summary>A request failed; only RESET (or GOODBYE) is accepted until the server is reset.</summary>
    Failed,

    /// <summary>Broken or closed; never reused.</summary>
    Defunct,
}
