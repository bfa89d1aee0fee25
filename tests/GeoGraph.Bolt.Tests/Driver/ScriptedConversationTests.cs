using System.Diagnostics;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Driver;

/// <summary>Our driver against each conversation script (the same scripts the JS driver plays in NodeInteropTests).</summary>
public class ScriptedConversationTests
{
    [Fact]
    public async Task Bolt_5_logs_in_with_hello_then_logon_and_reads_a_record()
    {
        await using var server = Scripted.Start("auth_v5");
        await using (var driver = Scripted.Driver(server))
        {
            var info = await Scripted.Within(driver.GetServerInfoAsync());
            Assert.Equal("Neo4j/5.23.0", info.Agent);
            Assert.Equal(new Version(5, 4), info.ProtocolVersion);
            Assert.Equal("bolt-1", info.ConnectionId);

            await using var session = driver.AsyncSession();
            var cursor = await Scripted.Within(session.RunAsync("RETURN 1 AS n"));
            var records = await Scripted.Within(cursor.ToListAsync());
            Assert.Equal(1L, Assert.Single(records)["n"]);
            Assert.Equal(1, records[0].Get<int>("n"));
            var summary = await Scripted.Within(cursor.ConsumeAsync());
            Assert.Equal("neo4j", summary.Database);
            Assert.Equal("r", summary.QueryType);
            Assert.Equal(TimeSpan.FromMilliseconds(3), summary.ResultAvailableAfter);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Parameter_without_a_PackStream_form_fails_before_anything_is_sent_and_the_connection_carries_on()
    {
        // Messages are encoded straight into the outgoing buffer; the RUN that failed half-way must leave no bytes
        // there, or the next flush would send a broken message and the script would not match.
        await using var server = Scripted.Start("auth_v5");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var bad = new Dictionary<string, object?> { ["name"] = new string('x', 100), ["what"] = new object() };
            var e = await Scripted.Within(Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 AS n", bad)));
            Assert.Contains("Cannot send RUN", e.Message, StringComparison.Ordinal);

            var records = await Scripted.Within(Scripted.RunToList(session, "RETURN 1 AS n"));
            Assert.Equal(1L, Assert.Single(records)["n"]);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Bolt_4_4_sends_credentials_in_hello()
    {
        await using var server = Scripted.Start("auth_v44");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var records = await Scripted.Within(Scripted.RunToList(session, "RETURN 1 AS n"));
            Assert.Equal(1L, Assert.Single(records)["n"]);
            Assert.Equal(new Version(4, 4), (await driver.GetServerInfoAsync()).ProtocolVersion);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_that_does_not_repeat_the_password()
    {
        await using var server = Scripted.Start("auth_failure");
        await using (var driver = Scripted.Driver(server, password: "wrong-pw"))
        {
            var e = await Scripted.Within(Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync()));
            Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
            Assert.False(e.IsRetriable);
            Assert.DoesNotContain("wrong-pw", e.ToString(), StringComparison.Ordinal);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Fetch_size_pulls_in_batches_while_the_server_has_more()
    {
        await using var server = Scripted.Start("run_pull_fetch_size");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession(s => s.WithFetchSize(2));
            var cursor = await Scripted.Within(session.RunAsync("UNWIND range(1, 5) AS i RETURN i"));
            Assert.Equal(["i"], await cursor.KeysAsync());
            var values = new List<long>();
            while (await Scripted.Within(cursor.FetchAsync()))
            {
                values.Add(cursor.Current.Get<long>("i"));
            }

            Assert.Equal([1L, 2, 3, 4, 5], values);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        Assert.Equal(3, server.Transcript.Count(l => l.StartsWith("C: PULL", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Explicit_transaction_begins_from_bookmarks_and_commit_yields_a_new_bookmark()
    {
        await using var server = Scripted.Start("explicit_tx");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession(s => s.WithBookmarks(Bookmarks.From("bm:start")));
            await using var tx = await Scripted.Within(session.BeginTransactionAsync(t => t
                .WithTimeout(TimeSpan.FromSeconds(5))
                .WithMetadata(new Dictionary<string, object?> { ["app"] = "geograph" })));
            var cursor = await Scripted.Within(tx.RunAsync(
                "CREATE (c:Country {name: $name}) RETURN c.name AS name", new Dictionary<string, object?> { ["name"] = "Kazakhstan" }));
            Assert.Equal("Kazakhstan", (await cursor.ToListAsync()).Single().Get<string>("name"));
            var summary = await cursor.ConsumeAsync();
            Assert.Equal(1, summary.Counters.NodesCreated);
            Assert.Equal(1, summary.Counters.LabelsAdded);
            Assert.True(summary.Counters.ContainsUpdates);
            await Scripted.Within(tx.CommitAsync());
            Assert.Equal(Bookmarks.From("bm:after-create"), session.LastBookmarks);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Managed_read_transaction_sends_read_mode()
    {
        await using var server = Scripted.Start("managed_tx");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var names = await Scripted.Within(session.ExecuteReadAsync(async tx =>
            {
                var cursor = await tx.RunAsync("MATCH (o:Organization) RETURN o.name AS name ORDER BY name");
                return (await cursor.ToListAsync()).Select(r => r.Get<string>("name")).ToList();
            }));
            Assert.Equal(["CSTO", "NATO"], names);
            Assert.Equal(Bookmarks.From("bm:read"), session.LastBookmarks);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Failure_surfaces_as_client_error_and_the_connection_is_reset_before_reuse()
    {
        await using var server = Scripted.Start("failure_reset");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var e = await Scripted.Within(Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +")));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
            Assert.Contains("Invalid input", e.Message);
            Assert.False(e.IsRetriable);

            var cursor = await Scripted.Within(session.RunAsync("RETURN 2 AS n"));
            Assert.Equal(2L, (await cursor.ToListAsync()).Single()["n"]);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
        var transcript = server.Transcript;
        var ignored = transcript.ToList().IndexOf("S: IGNORED");
        Assert.True(ignored > 0 && transcript[ignored + 1] == "C: RESET", string.Join("\n", transcript));
    }

    [Fact]
    public async Task Transient_error_in_managed_transaction_is_retried_after_a_reset()
    {
        await using var server = Scripted.Start("transient_retry");
        var attempts = 0;
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var name = await Scripted.Within(session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var cursor = await tx.RunAsync("MERGE (c:Country {name: 'Kazakhstan'}) RETURN c.name AS name");
                return (await cursor.ToListAsync()).Single().Get<string>("name");
            }));
            Assert.Equal("Kazakhstan", name);
            Assert.Equal(Bookmarks.From("bm:retried"), session.LastBookmarks);
        }

        Assert.Equal(2, attempts);
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Disconnect_mid_stream_is_service_unavailable_and_does_not_hang()
    {
        await using var server = Scripted.Start("disconnect_mid_stream");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var cursor = await Scripted.Within(session.RunAsync("UNWIND range(1, 100) AS i RETURN i"));
            var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.ToListAsync()));
            Assert.True(e.IsRetriable);
            Assert.Contains("lost", e.Message);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Bookmarks_of_one_session_are_passed_to_the_next()
    {
        await using var server = Scripted.Start("bookmarks_between_sessions");
        await using (var driver = Scripted.Driver(server))
        {
            Bookmarks? first;
            await using (var s1 = driver.AsyncSession())
            {
                await Scripted.Within(s1.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (:Article {id: 'a1'})")).ConsumeAsync()));
                first = s1.LastBookmarks;
            }

            Assert.Equal(Bookmarks.From("bm:session-1"), first);
            await using var s2 = driver.AsyncSession(s => s.WithBookmarks(first!));
            var n = await Scripted.Within(s2.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("MATCH (a:Article) RETURN count(a) AS n")).ToListAsync()).Single().Get<long>("n")));
            Assert.Equal(1, n);
            Assert.Equal(Bookmarks.From("bm:session-2"), s2.LastBookmarks);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Oversized_chunk_length_ends_in_the_read_timeout_not_a_hang()
    {
        await using var server = Scripted.Start("oversized_length");
        await using var driver = Scripted.Driver(server, configure: c => c.WithSocketReadTimeout(TimeSpan.FromSeconds(1)));
        await using var session = driver.AsyncSession();
        var clock = Stopwatch.StartNew();
        var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("RETURN 1 AS n")));
        Assert.Contains("read timeout", e.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Truncated_chunk_is_a_lost_connection()
    {
        await using var server = Scripted.Start("truncated_chunk");
        await using var driver = Scripted.Driver(server);
        await using var session = driver.AsyncSession();
        var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("RETURN 1 AS n")));
        Assert.Contains("middle of a message", e.Message);
    }

    [Fact]
    public async Task Garbage_bytes_are_a_protocol_error_naming_byte_and_offset()
    {
        await using var server = Scripted.Start("garbage");
        await using var driver = Scripted.Driver(server);
        await using var session = driver.AsyncSession();
        var e = await Scripted.Within(Assert.ThrowsAsync<ProtocolException>(() => session.RunAsync("RETURN 1 AS n")));
        Assert.Contains("C7", e.Message);
        Assert.Contains("offset", e.Message);
    }

    [Fact]
    public async Task Http_server_on_the_port_is_named_in_the_error()
    {
        await using var server = Scripted.Start("http_server");
        await using var driver = Scripted.Driver(server);
        var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync()));
        Assert.Contains("HTTP", e.Message);
        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task Silent_server_trips_the_read_timeout()
    {
        await using var server = Scripted.Start("silent_server");
        await using var driver = Scripted.Driver(server, configure: c => c.WithSocketReadTimeout(TimeSpan.FromSeconds(1)));
        await using var session = driver.AsyncSession();
        var clock = Stopwatch.StartNew();
        var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("RETURN 1 AS n")));
        Assert.Contains("read timeout", e.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        Assert.Contains(server.Transcript, l => l.StartsWith("C: RUN \"RETURN 1 AS n\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caller_cancellation_ends_a_wait_on_a_silent_server()
    {
        await using var server = Scripted.Start("silent_server");
        await using var driver = Scripted.Driver(server, configure: c => c.WithSocketReadTimeout(Timeout.InfiniteTimeSpan));
        await using var session = driver.AsyncSession();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Scripted.Within(Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("RETURN 1 AS n", null, cts.Token)));
    }

    [Fact]
    public async Task Bolt_5_7_failure_carries_gql_status_description_and_cause()
    {
        await using var server = Scripted.Start("gql_failure");
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            var e = await Scripted.Within(Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +")));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
            Assert.Equal("42001", e.GqlStatus);
            Assert.Equal("CLIENT_ERROR", e.GqlClassification);
            Assert.StartsWith("error: syntax error", e.GqlStatusDescription, StringComparison.Ordinal);
            var cause = Assert.IsAssignableFrom<Neo4jException>(e.InnerException);
            Assert.Equal("42I06", cause.GqlStatus);
            Assert.Equal("Invalid input '+'", cause.Message);
        }

        await server.WaitForCompletionAsync(Scripted.TestTimeout);
    }

    [Fact]
    public async Task A_client_that_deviates_gets_a_readable_diff()
    {
        await using var server = ScriptedBoltServer.Start(BoltScript.Load(TestPaths.Script("auth_v5")));
        await using (var driver = Scripted.Driver(server))
        {
            await using var session = driver.AsyncSession();
            await Assert.ThrowsAnyAsync<Neo4jException>(() => Scripted.Within(session.RunAsync("RETURN 2 AS n")));
        }

        var e = await Assert.ThrowsAsync<ScriptMismatchException>(() => server.WaitForCompletionAsync(Scripted.TestTimeout));
        Assert.Contains("expected: C: RUN \"RETURN 1 AS n\"", e.Message);
        Assert.Contains("received: C: RUN \"RETURN 2 AS n\"", e.Message);
        Assert.Contains("difference: [0]: expected \"RETURN 1 AS n\", got \"RETURN 2 AS n\"", e.Message);
    }
}
