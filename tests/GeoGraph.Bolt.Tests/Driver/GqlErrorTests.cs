using GeoGraph.Bolt.Testing;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>
/// GQL error fields as Neo4j's driver test kit (tests/stub/errors) expects them: FAILURE maps played by a scripted
/// server, so the bytes go through the real decoder, the connection and the exception mapping.
/// </summary>
public class GqlErrorTests
{
    private static string Script(string version, string failure) => $$"""
        !: BOLT {{version}}
        !: ALLOW RESET
        C: HELLO {"user_agent": *, ...}
        S: SUCCESS {"server": "Neo4j/5.26.0", "connection_id": "bolt-1"}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
        S: SUCCESS {}
        C: RUN "RETURN 1" {} {...}
        S: FAILURE {{failure.ReplaceLineEndings(" ")}}
        C: PULL {"n": 1000}
        S: IGNORED
        """;

    private static async Task<Neo4jException> FailureOf(string version, string failure)
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Script(version, failure)));
        Neo4jException error;
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            error = await Scripted.Within(Assert.ThrowsAnyAsync<Neo4jException>(() => session.RunAsync("RETURN 1")));
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        return error;
    }

    [Fact]
    public async Task A_pre_5_7_failure_gets_the_generic_gql_status_and_a_default_diagnostic_record()
    {
        var e = await FailureOf("5.6", """{"code": "Neo.TransientError.Oopsie.OhSnap", "message": "Sever ain't cool"}""");
        var t = Assert.IsType<TransientException>(e);
        Assert.True(t.IsRetriable);
        Assert.Equal("50N42", e.GqlStatus);
        Assert.Equal("error: general processing exception - unexpected error. Sever ain't cool", e.GqlStatusDescription);
        Assert.Equal("UNKNOWN", e.GqlClassification);
        Assert.Null(e.GqlRawClassification);
        Assert.Equal(
            new Dictionary<string, object?> { ["CURRENT_SCHEMA"] = "/", ["OPERATION"] = "", ["OPERATION_CODE"] = "0" },
            e.GqlDiagnosticRecord);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public async Task A_5_7_failure_keeps_unknown_entries_fills_missing_ones_and_nests_causes()
    {
        var e = await FailureOf("5.7", """
            {"neo4j_code": "Neo.ClientError.User.Uncool", "message": "top", "gql_status": "01N00", "description": "cool class",
             "diagnostic_record": {"OPERATION": null, "_classification": 42, "foo": [1, "x"], "_status_parameters": {"userName": "John"}},
             "cause": {"message": "middle", "gql_status": "01N01", "description": "d1",
                       "diagnostic_record": {"_classification": "SECURITY_ERROR", "CURRENT_SCHEMA": "/1"},
                       "cause": {"message": "deepest", "gql_status": "01N02", "description": "d2",
                                 "diagnostic_record": {"_classification": "TRANSIENT_ERROR"}}}}
            """);
        Assert.IsType<ClientException>(e);
        Assert.Equal("Neo.ClientError.User.Uncool", e.Code);
        Assert.Equal(("01N00", "cool class"), (e.GqlStatus, e.GqlStatusDescription));
        // A non-text _classification is no classification at all; the entry itself is still in the record.
        Assert.Null(e.GqlRawClassification);
        Assert.Equal("UNKNOWN", e.GqlClassification);
        var record = e.GqlDiagnosticRecord!;
        Assert.Null(record["OPERATION"]);           // sent as null: kept, not defaulted
        Assert.Equal("/", record["CURRENT_SCHEMA"]); // absent: defaulted
        Assert.Equal("0", record["OPERATION_CODE"]);
        Assert.Equal(42L, record["_classification"]);
        Assert.Equal(new object?[] { 1L, "x" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(record["foo"]));

        var middle = Assert.IsAssignableFrom<Neo4jException>(e.InnerException);
        Assert.Equal(("middle", "01N01", "d1"), (middle.Message, middle.GqlStatus, middle.GqlStatusDescription));
        Assert.Equal(("UNKNOWN", "SECURITY_ERROR"), (middle.GqlClassification, middle.GqlRawClassification));
        Assert.Equal("/1", middle.GqlDiagnosticRecord!["CURRENT_SCHEMA"]);
        Assert.Equal(string.Empty, middle.Code);

        var deepest = Assert.IsAssignableFrom<Neo4jException>(middle.InnerException);
        Assert.Equal(("TRANSIENT_ERROR", "TRANSIENT_ERROR"), (deepest.GqlClassification, deepest.GqlRawClassification));
        Assert.Null(deepest.InnerException);
    }

    [Theory]
    [InlineData("CLIENT_ERROR", "CLIENT_ERROR")]
    [InlineData("DATABASE_ERROR", "DATABASE_ERROR")]
    [InlineData("TRANSIENT_ERROR", "TRANSIENT_ERROR")]
    [InlineData("SECURITY_ERROR", "UNKNOWN")]
    [InlineData("client_error", "UNKNOWN")]
    public async Task Only_the_three_known_classifications_are_classifications(string raw, string expected)
    {
        var e = await FailureOf("5.7", $$$"""{"neo4j_code": "Neo.DatabaseError.X.Y", "message": "m", "gql_status": "50N00", "description": "d", "diagnostic_record": {"_classification": "{{{raw}}}"}}""");
        Assert.IsType<DatabaseException>(e);
        Assert.Equal((expected, raw), (e.GqlClassification, e.GqlRawClassification));
    }
}
