namespace GeoGraph.Bolt;

/// <summary>The server a connection talks to.</summary>
public interface IServerInfo
{
    /// <summary>Host and port, e.g. <c>localhost:7687</c>.</summary>
    string Address { get; }

    /// <summary>The server's agent string from HELLO's SUCCESS, e.g. <c>Neo4j/5.26.0</c>.</summary>
    string Agent { get; }

    /// <summary>The negotiated Bolt version, e.g. <c>5.4</c>.</summary>
    Version ProtocolVersion { get; }

    /// <summary>The connection id the server assigned (<c>connection_id</c>), or null.</summary>
    string? ConnectionId { get; }
}
