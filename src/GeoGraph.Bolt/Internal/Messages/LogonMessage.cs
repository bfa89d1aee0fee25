using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>LOGON {scheme, principal, credentials} (Bolt 5.1+): authentication split out of HELLO.</summary>
internal sealed class LogonMessage(AuthToken auth) : RequestMessage(MessageSignatures.Logon, "LOGON")
{
    public override IReadOnlyList<object?> Fields(BoltVersion version)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        auth.WriteTo(map);
        return [map];
    }

    public override string ToString() => $"LOGON {auth}";
}
