namespace GeoGraph.Bolt.TestKit;

/// <summary>Tests GeoGraph.Bolt declines up front, with the reason shown in the test kit's report.</summary>
internal static class Skips
{
    private static readonly (string Fragment, string Reason)[] Rules =
    [
        (".routing.", "GeoGraph.Bolt has no routing driver (neo4j:// schemes are rejected with a pointer to bolt://)"),
        (".server_side_routing.", "no routing driver"),
        (".test_routing", "a routing-driver test (neo4j:// scheme); GeoGraph.Bolt connects directly"),
    ];

    public static string? Reason(string testName)
    {
        foreach (var (fragment, reason) in Rules)
        {
            if (testName.Contains(fragment, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return null;
    }
}
