namespace GeoGraph.Bolt;

/// <summary>Credentials sent to the server at login. Implementations never reveal secrets through ToString().</summary>
public interface IAuthToken
{
    /// <summary>The auth scheme: <c>none</c>, <c>basic</c> or <c>bearer</c>.</summary>
    string Scheme { get; }
}
