using GeoGraph.Bolt.Internal.Connection;

namespace GeoGraph.Bolt.Tests.Driver;

public class ErrorMapperTests
{
    private static Neo4jException Map(params (string Key, object? Value)[] entries) =>
        ErrorMapper.FromFailure(entries.ToDictionary(e => e.Key, e => e.Value));

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(TransientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(TransientException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(SessionExpiredException), true)]
    public void Code_classification_picks_the_exception_type_and_retriability(string code, Type type, bool retriable)
    {
        var e = Map(("code", code), ("message", "m"));
        Assert.IsType(type, e);
        Assert.Equal(retriable, e.IsRetriable);
        if (e is not SessionExpiredException)
        {
            Assert.Equal(code, e.Code);
        }
    }

    [Fact]
    public void Bolt_5_7_uses_neo4j_code_and_gql_fields()
    {
        var e = Map(("neo4j_code", "Neo.ClientError.Statement.SyntaxError"), ("message", "bad"), ("gql_status", "42001"),
            ("description", "syntax error"),
            ("diagnostic_record", new Dictionary<string, object?> { ["_classification"] = "CLIENT_ERROR" }));
        var client = Assert.IsType<ClientException>(e);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", client.Code);
        Assert.Equal("42001", client.GqlStatus);
        Assert.Equal("syntax error", client.GqlStatusDescription);
        Assert.Equal("CLIENT_ERROR", client.GqlClassification);
        Assert.Contains("42001", client.ToString());
    }

    [Fact]
    public void Nested_causes_become_inner_exceptions()
    {
        var inner = new Dictionary<string, object?> { ["message"] = "deeper", ["gql_status"] = "22N01" };
        var middle = new Dictionary<string, object?> { ["message"] = "middle", ["gql_status"] = "42I06", ["cause"] = inner };
        var e = Map(("neo4j_code", "Neo.ClientError.Statement.SyntaxError"), ("message", "top"), ("gql_status", "42001"), ("cause", middle));
        var m = Assert.IsAssignableFrom<Neo4jException>(e.InnerException);
        Assert.Equal("middle", m.Message);
        Assert.Equal("42I06", m.GqlStatus);
        var d = Assert.IsAssignableFrom<Neo4jException>(m.InnerException);
        Assert.Equal("22N01", d.GqlStatus);
    }

    [Fact]
    public void Missing_code_is_an_unknown_database_error()
    {
        Assert.IsType<DatabaseException>(Map(("message", "?")));
    }
}
