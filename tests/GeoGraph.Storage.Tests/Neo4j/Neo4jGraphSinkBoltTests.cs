using GeoGraph.Bolt;
using GeoGraph.Bolt.Testing;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>The loader over the real Bolt driver against the scripted Bolt server: exact messages on the wire.</summary>
public class Neo4jGraphSinkBoltTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly Article Article = Samples.Article("kz-1", "Kazakhstan is a member of the CSTO.");

    private static readonly Statement MemberOf = Samples.Statement(Article, Samples.Kazakhstan, Predicate.MemberOf, Samples.Csto);

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static Dictionary<string, object?> Rows(params Dictionary<string, object?>[] rows) => Map(("rows", rows));

    // The parameters of the one-statement ingest, written out by hand from the load files' documented row shapes.
    private static BoltScripts SmallIngestTransaction(BoltScripts script)
    {
        var hash = TextHash.Of(Article.Text);
        return script
            .Begin()
            .Run(BoltScripts.File("load/article-hashes.cypher"), Map(("ids", new[] { "kz-1" })), ["id", "text_hash"])
            .Run(BoltScripts.File("load/entities.cypher"), Rows(
                Map(("id", "country:KZ"), ("name", "Kazakhstan"), ("type", "Country"), ("labels_en", "Kazakhstan"), ("labels_ar", "كازاخستان"),
                    ("aliases", new[] { "Republic of Kazakhstan" })),
                Map(("id", "org:CSTO"), ("name", "CSTO"), ("type", "Organization"), ("labels_en", "CSTO"), ("labels_ar", "منظمة معاهدة الأمن الجماعي"),
                    ("aliases", new[] { "Collective Security Treaty Organization" }))))
            .Run(BoltScripts.File("load/articles.cypher"), Rows(
                Map(("id", "kz-1"), ("title", "Title kz-1"), ("date", "2025-11-12"), ("lang", "en"), ("url", null), ("source", "test"), ("text_hash", hash))),
                ["id", "deleted"], [["kz-1", Array.Empty<object?>()]])
            .Run(BoltScripts.File("load/statements.cypher"), Rows(
                Map(("id", MemberOf.Id), ("article", "kz-1"), ("subject", "country:KZ"), ("predicate", "MEMBER_OF"), ("object", "org:CSTO"),
                    ("status", "asserted"), ("sentence", 0L), ("start", 0L), ("end", 5L), ("evidence", "Kazak"), ("rule", "rule.MEMBER_OF"), ("confidence", 0.9))))
            .Run(BoltScripts.File("load/relationships/MEMBER_OF.cypher"), Rows(Map(("subject", "country:KZ"), ("object", "org:CSTO"))));
    }

    private static IDriver Driver(ScriptedBoltServer server) =>
        GraphDatabase.Driver(server.Uri, AuthTokens.None, c => c
            .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(10))
            .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(5))
            .WithConnectionTimeout(TimeSpan.FromSeconds(5)));

    // Runs the client side; when it fails, a script mismatch (with the whole conversation) explains it better than the
    // client's error, so that is reported first.
    private static async Task<T> PlayAsync<T>(ScriptedBoltServer server, Func<IDriver, Task<T>> work)
    {
        try
        {
            await using var driver = Driver(server);
            return await work(driver);
        }
        catch (Exception e) when (e is not ScriptMismatchException)
        {
            await server.WaitForCompletionAsync(Timeout);
            throw;
        }
    }

    private static Task<SinkResult> IngestAsync(ScriptedBoltServer server) => PlayAsync(server, async driver =>
    {
        await using var sink = Neo4jGraphSink.Create(driver);
        return await sink.WriteAsync([new ArticleStatements(Article, [MemberOf])]);
    });

    [Fact]
    public async Task Small_ingest_sends_exactly_the_load_queries_with_their_parameters_in_one_transaction()
    {
        var script = SmallIngestTransaction(new BoltScripts()).Commit("bm-1").Build("small-ingest");
        await using var server = ScriptedBoltServer.Start(script);

        var result = await IngestAsync(server);

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(new SinkResult(1, 0, 1), result);
    }

    [Fact]
    public async Task Unchanged_article_sends_only_the_hash_lookup()
    {
        var script = new BoltScripts()
            .Begin()
            .Run(BoltScripts.File("load/article-hashes.cypher"), Map(("ids", new[] { "kz-1" })), ["id", "text_hash"], ["kz-1", TextHash.Of(Article.Text)])
            .Commit("bm-1")
            .Build("unchanged");
        await using var server = ScriptedBoltServer.Start(script);

        var result = await IngestAsync(server);

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(new SinkResult(0, 1, 0), result);
    }

    [Fact]
    public async Task Transient_failure_mid_ingest_rolls_back_and_retries_the_whole_batch_once()
    {
        // The first attempt fails on the statements query (a deadlock, which Neo4j marks transient). The server then
        // discards the transaction; the retry starts again from the hash lookup, and only the second attempt commits,
        // so no statement is written twice.
        var script = new BoltScripts()
            .Begin()
            .Run(BoltScripts.File("load/article-hashes.cypher"), Map(("ids", new[] { "kz-1" })), ["id", "text_hash"])
            .Line("C: RUN * * *")
            .Line("S: SUCCESS {\"fields\": []}")
            .Line("C: PULL {\"n\": *}")
            .Line("S: SUCCESS {\"has_more\": false}")
            .Line("C: RUN * * *")
            .Line("S: SUCCESS {\"fields\": [\"id\", \"deleted\"]}")
            .Line("C: PULL {\"n\": *}")
            .Line("S: RECORD [\"kz-1\", []]")
            .Line("S: SUCCESS {\"has_more\": false}")
            .Line($"C: RUN {ScriptFormatter.Format(BoltScripts.File("load/statements.cypher"))} * *")
            .Line("S: FAILURE {\"code\": \"Neo.TransientError.Transaction.DeadlockDetected\", \"message\": \"deadlock\"}")
            .Line("?{")
            .Line("    C: PULL {\"n\": *}")
            .Line("    S: IGNORED")
            .Line("}")
            .Line("?{")
            .Line("    C: ROLLBACK")
            .Line("    S: IGNORED")
            .Line("}");
        var built = SmallIngestTransaction(script).Commit("bm-1").Build("transient-retry");
        await using var server = ScriptedBoltServer.Start(built);

        var result = await IngestAsync(server);

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(new SinkResult(1, 0, 1), result);
        Assert.Single(server.Transcript, l => l.StartsWith("C: COMMIT", StringComparison.Ordinal));
        Assert.Equal(2, server.Transcript.Count(l => l.StartsWith("C: BEGIN", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Server_error_surfaces_with_its_code_and_message_and_is_not_retried()
    {
        var script = new BoltScripts()
            .Begin()
            .Line("C: RUN * * *")
            .Line("S: FAILURE {\"code\": \"Neo.ClientError.Schema.ConstraintValidationFailed\", \"message\": \"Node(7) already exists with label `Article`\"}")
            .Line("?{")
            .Line("    C: PULL {\"n\": *}")
            .Line("    S: IGNORED")
            .Line("}")
            .Line("?{")
            .Line("    C: ROLLBACK")
            .Line("    S: IGNORED")
            .Line("}")
            .Build("client-error");
        await using var server = ScriptedBoltServer.Start(script);

        var error = await Assert.ThrowsAsync<Neo4jLoadException>(() => IngestAsync(server));

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(
            "Neo4j failed while running cypher/load/article-hashes.cypher: Neo.ClientError.Schema.ConstraintValidationFailed: "
            + "Node(7) already exists with label `Article`",
            error.Message);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.False(Assert.IsAssignableFrom<Neo4jException>(error.InnerException).IsRetriable);
        Assert.Single(server.Transcript, l => l.StartsWith("C: BEGIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_whose_type_changed_is_sent_with_its_new_type_to_the_query_that_drops_the_old_label()
    {
        // kz-1 has the CSTO as an Organization; kz-2, loaded later, calls it a Group. The second transaction must send
        // the new type with entities.cypher, whose REMOVE of every schema type label drops :Organization before the
        // FOREACH sets :Group (EntityLabelCypherTests checks the file's clauses; a live Neo4j run checks the labels).
        var csto = new Entity(Samples.Csto.Id, Samples.Csto.Name, EntityType.Group, Samples.Csto.Labels, Samples.Csto.Aliases);
        var article = Samples.Article("kz-2", "The CSTO met Kazakhstan.");
        var metWith = Samples.Statement(article, csto, Predicate.MetWith, Samples.Kazakhstan);
        var entities = BoltScripts.File("load/entities.cypher");
        Assert.Contains("REMOVE e:Person:Country:Location:Organization:MediaOutlet:Group:Commodity", entities, StringComparison.Ordinal);
        var script = SmallIngestTransaction(new BoltScripts()).Commit("bm-1")
            .Begin()
            .Run(BoltScripts.File("load/article-hashes.cypher"), Map(("ids", new[] { "kz-2" })), ["id", "text_hash"])
            .Run(entities, Rows(
                Map(("id", "org:CSTO"), ("name", "CSTO"), ("type", "Group"), ("labels_en", "CSTO"), ("labels_ar", "منظمة معاهدة الأمن الجماعي"),
                    ("aliases", new[] { "Collective Security Treaty Organization" })),
                Map(("id", "country:KZ"), ("name", "Kazakhstan"), ("type", "Country"), ("labels_en", "Kazakhstan"), ("labels_ar", "كازاخستان"),
                    ("aliases", new[] { "Republic of Kazakhstan" }))))
            .Run(BoltScripts.File("load/articles.cypher"), Rows(
                Map(("id", "kz-2"), ("title", "Title kz-2"), ("date", "2025-11-12"), ("lang", "en"), ("url", null), ("source", "test"), ("text_hash", TextHash.Of(article.Text)))),
                ["id", "deleted"], [["kz-2", Array.Empty<object?>()]])
            .Run(BoltScripts.File("load/statements.cypher"), Rows(
                Map(("id", metWith.Id), ("article", "kz-2"), ("subject", "org:CSTO"), ("predicate", "MET_WITH"), ("object", "country:KZ"),
                    ("status", "asserted"), ("sentence", 0L), ("start", 0L), ("end", 5L), ("evidence", "The C"), ("rule", "rule.MET_WITH"), ("confidence", 0.9))))
            .Run(BoltScripts.File("load/relationships/MET_WITH.cypher"), Rows(Map(("subject", "country:KZ"), ("object", "org:CSTO"))))
            .Commit("bm-2")
            .Build("entity-type-change");
        await using var server = ScriptedBoltServer.Start(script);

        var (first, second) = await PlayAsync(server, async driver =>
        {
            await using var sink = Neo4jGraphSink.Create(driver);
            return (await sink.WriteAsync([new ArticleStatements(Article, [MemberOf])]),
                await sink.WriteAsync([new ArticleStatements(article, [metWith])]));
        });

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(new SinkResult(1, 0, 1), first);
        Assert.Equal(new SinkResult(1, 0, 1), second);
    }

    [Fact]
    public async Task Schema_init_runs_each_schema_statement_in_its_own_auto_commit_transaction()
    {
        var script = new BoltScripts();
        foreach (var statement in CypherScript.Split(File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Cypher, "schema.cypher"))))
        {
            script.Line($"C: RUN {ScriptFormatter.Format(statement)} {{}} {{...}}")
                .Line("S: SUCCESS {\"fields\": []}")
                .Line("C: PULL {\"n\": *}")
                .Line("S: SUCCESS {\"has_more\": false}");
        }

        await using var server = ScriptedBoltServer.Start(script.Build("schema-init"));
        var count = await PlayAsync(server, driver => Neo4jSchema.ApplyAsync(driver));

        await server.WaitForCompletionAsync(Timeout);
        Assert.Equal(7, count);
    }
}
