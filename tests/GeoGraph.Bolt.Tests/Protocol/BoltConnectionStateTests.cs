using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Internal.Messages;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Protocol;

/// <summary>The connection's model of the server state machine, step by step against one scripted conversation.</summary>
public class BoltConnectionStateTests
{
    [Fact]
    public async Task States_follow_the_bolt_state_machine()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Parse("""
            !: BOLT 5.4
            C: HELLO {"user_agent": *, ...}
            S: SUCCESS {"server": "Neo4j/5.23.0", "connection_id": "bolt-40"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "s3cret-pw"}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: SUCCESS {"fields": ["1"]}
            C: PULL {"n": 1}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: DISCARD {"n": -1}
            S: SUCCESS {}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: SUCCESS {"fields": ["1"], "qid": 0}
            C: PULL {"n": 1}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": -1, "qid": 0}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm"}
            C: RUN "boom" {} {}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "boom"}
            C: RESET
            S: SUCCESS {}
            C: RUN "RETURN 1" {} {}
            S: <EXIT>
            """));
        var config = new DriverConfig { ConnectionTimeout = TimeSpan.FromSeconds(8), SocketReadTimeout = TimeSpan.FromSeconds(5) };
        var connection = await Scripted.Within(BoltConnection.OpenAsync(
            BoltUri.Parse(server.Uri), (AuthToken)AuthTokens.Basic("neo4j", "s3cret-pw"), config, CancellationToken.None));
        Assert.Equal(ServerState.Ready, connection.State);

        async Task Send(RequestMessage message, ResponseHandler? handler = null)
        {
            handler ??= new RecordSink();
            connection.Enqueue(message, handler);
            await connection.FlushAsync(CancellationToken.None);
            await Scripted.Within(connection.ReceiveAsync(handler, CancellationToken.None));
        }

        await Send(new RunMessage("RETURN 1", new Dictionary<string, object?>(), TransactionExtra.Empty));
        Assert.Equal(ServerState.Streaming, connection.State);
        await Send(new PullMessage(false, 1, -1));
        Assert.Equal(ServerState.Streaming, connection.State); // has_more
        await Send(new PullMessage(true, -1, -1));
        Assert.Equal(ServerState.Ready, connection.State);

        await Send(new BeginMessage(TransactionExtra.Empty));
        Assert.Equal(ServerState.TxReady, connection.State);
        await Send(new RunMessage("RETURN 1", new Dictionary<string, object?>(), TransactionExtra.Empty));
        Assert.Equal(ServerState.TxStreaming, connection.State);
        await Send(new PullMessage(false, 1, -1));
        Assert.Equal(ServerState.TxStreaming, connection.State);
        await Send(new PullMessage(false, -1, 0));
        Assert.Equal(ServerState.TxReady, connection.State);
        await Send(SimpleMessage.Commit);
        Assert.Equal(ServerState.Ready, connection.State);

        var failing = new ResponseHandler();
        await Send(new RunMessage("boom", new Dictionary<string, object?>(), TransactionExtra.Empty), failing);
        Assert.Equal(ServerState.Failed, connection.State);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", Assert.IsType<ClientException>(failing.Error).Code);
        await Scripted.Within(connection.ResetAsync(CancellationToken.None));
        Assert.Equal(ServerState.Ready, connection.State);

        await Assert.ThrowsAsync<ServiceUnavailableException>(() =>
            Send(new RunMessage("RETURN 1", new Dictionary<string, object?>(), TransactionExtra.Empty)));
        Assert.Equal(ServerState.Defunct, connection.State);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => connection.FlushAsync(CancellationToken.None));
        await connection.DisposeAsync();
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    private sealed class RecordSink : ResponseHandler
    {
        public override void OnRecord(IReadOnlyList<object?> fields)
        {
        }
    }
}
