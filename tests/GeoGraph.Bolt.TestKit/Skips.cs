namespace GeoGraph.Bolt.TestKit;

/// <summary>Tests GeoGraph.Bolt declines up front, with the reason shown in the test kit's report.</summary>
internal static class Skips
{
    private const string NoRouting = "needs a routing driver (neo4j:// scheme); GeoGraph.Bolt connects directly and refuses neo4j://";

    private static readonly (string Fragment, string Reason)[] Rules =
    [
        (".routing.", "GeoGraph.Bolt has no routing driver (neo4j:// schemes are rejected with a pointer to bolt://)"),
        (".server_side_routing.", "no routing driver"),
        (".test_routing", "a routing-driver test (neo4j:// scheme); GeoGraph.Bolt connects directly"),
        // Whole classes of otherwise direct suites whose setUp opens neo4j:// (home-database resolution is a routing
        // concern; the "…Routing" classes are the routing twins of direct classes that do run).
        (".homedb.", NoRouting),
        ("Routing.", NoRouting),
        ("authorization.test_authorization.TestAuthorizationV3.", NoRouting),
        ("authorization.test_authorization.TestAuthorizationV4x1.", NoRouting),
        ("authorization.test_authorization.TestAuthorizationV4x3.", NoRouting),
        ("authorization.test_authorization.TestAuthorizationV5x0.", NoRouting),
        ("authorization.test_authorization.TestAuthorizationV5x1.", NoRouting),
        ("tx_run.test_tx_run.TestTxRun.test_eager_begin_on_tx_func_run_with_disconnect_on_begin", NoRouting),
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

    /// <summary>
    /// Sub-tests parameterised with <c>routing=True</c> run the same scenario through neo4j://; the test kit asks about
    /// each sub-test once <c>StartTest</c> answered <c>RunSubTests</c>.
    /// </summary>
    public static string? SubTestReason(Newtonsoft.Json.Linq.JObject? arguments) =>
        arguments?["routing"]?.Type == Newtonsoft.Json.Linq.JTokenType.Boolean && arguments.Value<bool>("routing") ? NoRouting : null;
}
