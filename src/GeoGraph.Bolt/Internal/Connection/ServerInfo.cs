namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>What HELLO's SUCCESS told us about the server.</summary>
internal sealed record ServerInfo(string Address, string Agent, Version ProtocolVersion, string? ConnectionId) : IServerInfo;
