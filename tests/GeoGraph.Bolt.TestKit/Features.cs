namespace GeoGraph.Bolt.TestKit;

/// <summary>The test kit features GeoGraph.Bolt implements (names from testkit's nutkit/protocol/feature.py).</summary>
internal static class Features
{
    public static readonly string[] Supported =
    [
        "Feature:Bolt:4.4",
        "Feature:Bolt:5.0",
        "Feature:Bolt:5.1",
        "Feature:Bolt:5.2",
        "Feature:Bolt:5.3",
        "Feature:Bolt:5.4",
        "Feature:Bolt:5.6",
        "Feature:Bolt:5.7",
        "Feature:Auth:Bearer",
        "Feature:API:Driver.VerifyConnectivity",
        "Feature:API:Driver:GetServerInfo",
        "Feature:API:Driver:NotificationsConfig",
        "Feature:API:Session:NotificationsConfig",
        "Feature:API:Result.List",
        "Feature:API:Result.Peek",
        "Feature:API:Result.Single",
        "Feature:API:Result.SingleOptional",
        "Feature:API:Type.Spatial",
        "Feature:API:Type.Temporal",
        "Feature:API:Liveness.Check",
        "Feature:Impersonation",
        "Optimization:AuthPipelining",
        "Optimization:ConnectionReuse",
        "Optimization:EagerTransactionBegin",
        "Optimization:ImplicitDefaultArguments",
        "Optimization:PullPipelining",
    ];
}
