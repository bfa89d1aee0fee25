using System.Runtime.InteropServices;
using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// HELLO {user_agent, bolt_agent (5.3+), scheme/principal/credentials (before 5.1 only; later versions use LOGON),
/// patch_bolt ["utc"] (4.4 only), notification filters (5.2+)}.
/// </summary>
internal sealed class HelloMessage(string userAgent, AuthToken auth, Driver.NotificationConfig? notifications = null) : RequestMessage(MessageSignatures.Hello, "HELLO")
{
    /// <summary>The <c>bolt_agent</c> map of Bolt 5.3+: product is required, the rest helps server-side diagnostics.</summary>
    internal static readonly IReadOnlyDictionary<string, object?> BoltAgent = new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["product"] = "GeoGraph.Bolt/1.0",
        ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        ["language"] = $"C#/{Environment.Version}",
        ["language_details"] = RuntimeInformation.FrameworkDescription,
    };

    private static readonly object?[] PatchUtc = ["utc"];

    public override IReadOnlyList<object?> Fields(BoltVersion version)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = userAgent };
        if (version >= BoltVersion.V5_3)
        {
            extra["bolt_agent"] = BoltAgent;
        }

        if (version < BoltVersion.V5_1)
        {
            auth.WriteTo(extra);
        }

        notifications?.WriteTo(extra, version);
        if (version == BoltVersion.V4_4)
        {
            // Ask 4.4 servers for Bolt 5's UTC date-time encoding; the SUCCESS says whether they agreed.
            extra["patch_bolt"] = PatchUtc;
        }

        return [extra];
    }

    public override string ToString() => $"HELLO {{user_agent: {userAgent}, auth: {auth}}}";
}
