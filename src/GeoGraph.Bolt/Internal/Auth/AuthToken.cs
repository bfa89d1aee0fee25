namespace GeoGraph.Bolt.Internal.Auth;

/// <summary>
/// The one auth token shape Bolt knows: scheme, principal, credentials, realm. The secret lives in a private
/// field and only <see cref="WriteTo"/> hands it to the wire; ToString() shows the scheme and the user only.
/// </summary>
internal sealed class AuthToken(string scheme, string? principal, string? credentials, string? realm) : IAuthToken
{
    private readonly string? _credentials = credentials;

    public string Scheme { get; } = scheme;

    public string? Principal { get; } = principal;

    public string? Realm { get; } = realm;

    /// <summary>Adds the Bolt auth fields (<c>scheme</c>, <c>principal</c>, <c>credentials</c>, <c>realm</c>) to a HELLO or LOGON map.</summary>
    public void WriteTo(IDictionary<string, object?> map)
    {
        map["scheme"] = Scheme;
        if (Principal is not null)
        {
            map["principal"] = Principal;
        }

        if (_credentials is not null)
        {
            map["credentials"] = _credentials;
        }

        if (Realm is not null)
        {
            map["realm"] = Realm;
        }
    }

    public override string ToString() =>
        Principal is null ? $"AuthToken(scheme={Scheme})" : $"AuthToken(scheme={Scheme}, principal={Principal}, credentials=******)";
}
