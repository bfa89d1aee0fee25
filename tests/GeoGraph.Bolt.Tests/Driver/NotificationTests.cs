using GeoGraph.Bolt.Testing;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>
/// Notification filters on the wire (HELLO for the driver, RUN/BEGIN for a session) and notifications / GQL status
/// objects read from summaries, played against scripted servers so the exact maps are checked.
/// </summary>
public class NotificationTests
{
    private static async Task<IResultSummary> Play(string script, Action<DriverConfigBuilder>? driver, Action<SessionConfigBuilder>? session, bool explicitTx = false)
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(script));
        IResultSummary summary;
        await using (var d = Scripted.Driver(server, configure: driver))
        {
            await using var s = d.AsyncSession(session);
            if (explicitTx)
            {
                var tx = await Scripted.Within(s.BeginTransactionAsync());
                summary = await Scripted.Within((await tx.RunAsync("RETURN 1")).ConsumeAsync());
                await Scripted.Within(tx.CommitAsync());
            }
            else
            {
                summary = await Scripted.Within((await s.RunAsync("RETURN 1")).ConsumeAsync());
            }
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        return summary;
    }

    [Fact]
    public async Task Driver_filters_go_with_HELLO_and_session_filters_with_RUN()
    {
        const string script = """
            !: BOLT 5.2
            !: ALLOW RESET
            C: HELLO {"user_agent": *, "notifications_minimum_severity": "WARNING", "notifications_disabled_categories": ["HINT", "DEPRECATION"]}
            S: SUCCESS {"server": "Neo4j/5.7.0", "connection_id": "bolt-1"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {"notifications_minimum_severity": "OFF"}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"type": "r", "notifications": [{"code": "Neo.ClientNotification.Statement.CartesianProductWarning", "title": "t", "description": "d", "severity": "WARNING", "category": "PERFORMANCE", "position": {"offset": 8, "line": 1, "column": 9}}, {"code": "c2", "title": "t2", "description": "d2", "severity": "LOUD"}]}
            """;
        var summary = await Play(
            script,
            d => d.WithNotifications(NotificationSeverity.Warning, [NotificationCategory.Hint, NotificationCategory.Deprecation]),
            s => s.WithNotificationsDisabled());

        Assert.Equal(2, summary.Notifications.Count);
        var first = summary.Notifications[0];
        Assert.Equal(("Neo.ClientNotification.Statement.CartesianProductWarning", "t", "d"), (first.Code, first.Title, first.Description));
        Assert.Equal((NotificationSeverity.Warning, NotificationCategory.Performance), (first.SeverityLevel, first.Category));
        Assert.Equal(new InputPosition(8, 1, 9), first.Position);
        var second = summary.Notifications[1];
        Assert.Equal(("LOUD", NotificationSeverity.Unknown), (second.RawSeverityLevel, second.SeverityLevel));
        Assert.Equal(("", NotificationCategory.Unknown), (second.RawCategory, second.Category));
        Assert.Null(second.Position);
        Assert.Empty(summary.GqlStatusObjects);
    }

    [Fact]
    public async Task From_Bolt_5_6_categories_are_classifications_and_statuses_become_status_objects_and_notifications()
    {
        const string script = """
            !: BOLT 5.6
            !: ALLOW RESET
            C: HELLO {"user_agent": *, "bolt_agent": *}
            S: SUCCESS {"server": "Neo4j/5.23.0", "connection_id": "bolt-1"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
            S: SUCCESS {}
            C: BEGIN {"notifications_minimum_severity": "INFORMATION", "notifications_disabled_classifications": ["SCHEMA"]}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"type": "r", "statuses": [{"gql_status": "01N01", "status_description": "warn: x", "neo4j_code": "Neo.ClientNotification.Foo.Bar", "title": "T", "description": "D", "diagnostic_record": {"_severity": "WARNING", "_classification": "GENERIC", "_position": {"offset": 0, "line": 1, "column": 1}, "OPERATION": null}}, {"gql_status": "00000", "status_description": "note: successful completion"}]}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm"}
            """;
        var summary = await Play(script, null, s => s.WithNotifications(NotificationSeverity.Information, [NotificationCategory.Schema]), explicitTx: true);

        Assert.Equal(["01N01", "00000"], summary.GqlStatusObjects.Select(g => g.GqlStatus));
        var warning = summary.GqlStatusObjects[0];
        Assert.True(warning.IsNotification);
        Assert.Equal((NotificationCategory.Generic, "GENERIC"), (warning.Classification, warning.RawClassification));
        Assert.Equal((NotificationSeverity.Warning, "WARNING"), (warning.Severity, warning.RawSeverity));
        Assert.Equal(new InputPosition(0, 1, 1), warning.Position);
        Assert.Null(warning.DiagnosticRecord["OPERATION"]);
        Assert.Equal("/", warning.DiagnosticRecord["CURRENT_SCHEMA"]);

        var success = summary.GqlStatusObjects[1];
        Assert.False(success.IsNotification);
        Assert.Equal((NotificationCategory.Unknown, null, NotificationSeverity.Unknown, null), (success.Classification, success.RawClassification, success.Severity, success.RawSeverity));
        Assert.Equal(3, success.DiagnosticRecord.Count);

        var notification = Assert.Single(summary.Notifications);
        Assert.Equal(("Neo.ClientNotification.Foo.Bar", "T", "D"), (notification.Code, notification.Title, notification.Description));
        Assert.Equal((NotificationSeverity.Warning, NotificationCategory.Generic), (notification.SeverityLevel, notification.Category));
    }

    [Fact]
    public void Unknown_cannot_be_asked_for()
    {
        var b = new DriverConfigBuilder();
        Assert.Throws<ArgumentOutOfRangeException>(() => b.WithNotifications(NotificationSeverity.Unknown, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.WithNotifications(null, [NotificationCategory.Unknown]));
    }

    [Theory]
    [InlineData("{\"contains-updates\": false, \"constraints-added\": 3}", false, false)]
    [InlineData("{\"constraints-added\": 3}", true, false)]
    [InlineData("{\"system-updates\": 2}", false, true)]
    [InlineData("{\"system-updates\": 2, \"contains-system-updates\": false}", false, false)]
    [InlineData("{\"contains-system-updates\": true}", false, true)]
    public async Task The_servers_contains_flags_win_over_counting(string stats, bool updates, bool systemUpdates)
    {
        var script = $$"""
            !: BOLT 5.4
            !: ALLOW RESET
            C: HELLO {"user_agent": *, "bolt_agent": *}
            S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-1"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
            S: SUCCESS {}
            C: RUN "RETURN 1" {"p": 1} {}
            S: SUCCESS {"fields": ["x"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"type": "w", "stats": {{stats}}}
            """;
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(script));
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var summary = await Scripted.Within((await session.RunAsync("RETURN 1", new Dictionary<string, object?> { ["p"] = 1 })).ConsumeAsync());
            Assert.Equal((updates, systemUpdates), (summary.Counters.ContainsUpdates, summary.Counters.ContainsSystemUpdates));
            Assert.Equal(1, summary.QueryParameters["p"]); // the value as the caller gave it
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }
}
