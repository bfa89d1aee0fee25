using System.Text.RegularExpressions;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

public partial class Neo4jGraphSinkTests
{
    private static string Text(string relative) => File.ReadAllText(Path.Combine(RepositoryFiles.Cypher, "load", relative));

    [GeneratedRegex(@"\brow\.([a-z_]+)")]
    private static partial Regex RowField();

    private static SortedSet<string> FieldsRead(string cypher) =>
        new(RowField().Matches(cypher).Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    public class Queries
    {
        [Fact]
        public async Task First_ingest_runs_the_load_files_in_order_in_one_transaction()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);

            var result = await sink.WriteAsync([Samples.Astana()]);

            Assert.Equal(new SinkResult(1, 0, 3), result);
            Assert.Equal(1, graph.Commits);
            Assert.Equal(
                [
                    LoadCypher.ArticleHashes, LoadCypher.Entities, LoadCypher.Articles, LoadCypher.Statements,
                    LoadCypher.Relationship(Predicate.MemberOf), LoadCypher.Relationship(Predicate.Visited), LoadCypher.Relationship(Predicate.MetWith),
                ],
                graph.Runs.Select(r => r.Query));
            Assert.All(graph.Runs, r => Assert.DoesNotContain("astana", r.Query, StringComparison.Ordinal));
        }

        [Fact]
        public async Task Rows_carry_exactly_the_fields_each_load_file_reads()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            await sink.WriteAsync([Samples.Astana()]);

            SortedSet<string> Sent(string query) => new(
                ((IEnumerable<object?>)graph.Runs.Single(r => r.Query == query).Parameters["rows"]!)
                    .Cast<IReadOnlyDictionary<string, object?>>().SelectMany(r => r.Keys), StringComparer.Ordinal);

            Assert.Equal(FieldsRead(Text("entities.cypher")), Sent(LoadCypher.Entities));
            Assert.Equal(FieldsRead(Text("articles.cypher")), Sent(LoadCypher.Articles));
            // Statement rows leave out what a statement does not have (attribution, qualifiers); the rest is always there.
            var sent = Sent(LoadCypher.Statements);
            Assert.Subset(FieldsRead(Text("statements.cypher")), sent);
            Assert.Superset(new SortedSet<string>(["id", "article", "subject", "predicate", "object", "status", "sentence", "start", "end", "evidence", "rule", "confidence"], StringComparer.Ordinal), sent);
            Assert.Equal(FieldsRead(Text("relationships/MEMBER_OF.cypher")), Sent(LoadCypher.Relationship(Predicate.MemberOf)));
            Assert.Equal(["ids"], graph.Runs[0].Parameters.Keys);
        }

        [Fact]
        public async Task Statement_row_holds_the_statement_values_with_schema_qualifiers_as_plain_fields()
        {
            var article = Samples.Article("q", "Russia supplied drones to Kazakhstan, Izvestia reported.");
            var statement = Samples.Statement(article, Samples.Russia, Predicate.Supplied, Samples.Kazakhstan) with
            {
                Status = StatementStatus.Disputed,
                AttributedTo = Samples.Izvestia,
                DeniedBy = Samples.Russia,
                Qualifiers = new Dictionary<string, string> { ["item"] = "drones", ["time"] = "2025-11-01", ["mood"] = "dropped" },
                Confidence = 0.75,
            };
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);

            await sink.WriteAsync([new ArticleStatements(article, [statement])]);

            var row = ((IEnumerable<object?>)graph.Runs.Single(r => r.Query == LoadCypher.Statements).Parameters["rows"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().Single();
            Assert.Equal(statement.Id, row["id"]);
            Assert.Equal("q", row["article"]);
            Assert.Equal("country:RU", row["subject"]);
            Assert.Equal("SUPPLIED", row["predicate"]);
            Assert.Equal("country:KZ", row["object"]);
            Assert.Equal("disputed", row["status"]);
            Assert.Equal("media:izvestia", row["attributed_to"]);
            Assert.Equal("country:RU", row["denied_by"]);
            Assert.Equal("drones", row["item"]);
            Assert.Equal("2025-11-01", row["time"]);
            Assert.False(row.ContainsKey("weapon"));
            Assert.False(row.ContainsKey("mood"));
            Assert.Equal(0L, row["sentence"]);
            Assert.Equal(0L, row["start"]);
            Assert.Equal(5L, row["end"]);
            Assert.Equal("Russi", row["evidence"]);
            Assert.Equal("rule.SUPPLIED", row["rule"]);
            Assert.Equal(0.75, row["confidence"]);

            // The attributing outlet is an entity row too, so ATTRIBUTED_TO finds its node.
            var entityIds = ((IEnumerable<object?>)graph.Runs.Single(r => r.Query == LoadCypher.Entities).Parameters["rows"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().Select(r => (string)r["id"]!).Order(StringComparer.Ordinal);
            Assert.Equal(["country:KZ", "country:RU", "media:izvestia"], entityIds);
        }

        [Fact]
        public async Task Entity_row_splits_labels_by_language_and_keeps_aliases()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            await sink.WriteAsync([Samples.Astana()]);

            var kz = ((IEnumerable<object?>)graph.Runs.Single(r => r.Query == LoadCypher.Entities).Parameters["rows"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().Single(r => (string)r["id"]! == "country:KZ");

            Assert.Equal("Kazakhstan", kz["name"]);
            Assert.Equal("Country", kz["type"]);
            Assert.Equal("Kazakhstan", kz["labels_en"]);
            Assert.Equal("كازاخستان", kz["labels_ar"]);
            Assert.Equal(["Republic of Kazakhstan"], (IEnumerable<string>)kz["aliases"]!);
        }

        [Fact]
        public async Task Symmetric_statements_in_both_directions_share_one_relationship_from_the_lower_id()
        {
            var article = Samples.Article("sym", "Russia met Kazakhstan. Kazakhstan met Russia.");
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);

            await sink.WriteAsync([new ArticleStatements(article,
            [
                Samples.Statement(article, Samples.Russia, Predicate.MetWith, Samples.Kazakhstan, 0),
                Samples.Statement(article, Samples.Kazakhstan, Predicate.MetWith, Samples.Russia, 1),
            ])]);

            var pair = Assert.Single(graph.Relationships);
            Assert.Equal(new EntityPair(Predicate.MetWith, "country:KZ", "country:RU"), pair.Key);
            Assert.Equal(2, pair.Value);
        }
    }

    public class Idempotence
    {
        [Fact]
        public async Task Same_article_twice_leaves_the_graph_unchanged_and_sends_only_the_hash_lookup()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            await sink.WriteAsync([Samples.Astana()]);
            var statements = graph.Statements.Keys.ToHashSet();
            var runs = graph.Runs.Count;

            var result = await sink.WriteAsync([Samples.Astana()]);

            Assert.Equal(new SinkResult(0, 1, 0), result);
            Assert.Equal([LoadCypher.ArticleHashes], graph.Runs.Skip(runs).Select(r => r.Query));
            Assert.Equal(statements, graph.Statements.Keys.ToHashSet());
            Assert.Equal(3, graph.Relationships.Count);
        }

        [Fact]
        public async Task Changed_text_replaces_the_statements_and_recomputes_old_and_new_pairs()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            await sink.WriteAsync([Samples.Astana()]);

            // The corrected article no longer says Putin visited, and now says Russia is a CSTO member.
            var article = Samples.Article("astana", "Kazakhstan, a member of the CSTO. Russia met Kazakhstan. Russia is in the CSTO.");
            var result = await sink.WriteAsync([new ArticleStatements(article,
            [
                Samples.Statement(article, Samples.Kazakhstan, Predicate.MemberOf, Samples.Csto),
                Samples.Statement(article, Samples.Russia, Predicate.MetWith, Samples.Kazakhstan, 1),
                Samples.Statement(article, Samples.Russia, Predicate.MemberOf, Samples.Csto, 2),
            ])]);

            Assert.Equal(new SinkResult(1, 0, 3), result);
            Assert.Equal(3, graph.Statements.Count);
            Assert.DoesNotContain(graph.Relationships.Keys, p => p.Predicate == Predicate.Visited);
            Assert.Contains(new EntityPair(Predicate.MemberOf, "country:RU", "org:CSTO"), graph.Relationships.Keys);
            // The deleted VISITED pair was recomputed (and so removed) even though no new statement names it.
            var visited = graph.Runs.Last(r => r.Query == LoadCypher.Relationship(Predicate.Visited));
            var row = ((IEnumerable<object?>)visited.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().Single();
            Assert.Equal("person:vladimir-putin", row["subject"]);
        }

        [Fact]
        public async Task Same_article_twice_in_one_call_is_written_once_with_the_later_copy()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            var first = Samples.Astana("first text");
            var second = Samples.Astana("second text, longer");

            var result = await sink.WriteAsync([first, second]);

            Assert.Equal(1, result.ArticlesWritten);
            var row = ((IEnumerable<object?>)graph.Runs.Single(r => r.Query == LoadCypher.Articles).Parameters["rows"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().Single();
            Assert.Equal(TextHash.Of("second text, longer"), row["text_hash"]);
        }
    }

    public class Batching
    {
        [Fact]
        public void Batches_hold_whole_articles_within_the_statement_budget()
        {
            var loads = Samples.Many(2, 2, 1, 7, 0, 1).Select(ArticleLoad.Of).ToList();

            var batches = Neo4jGraphSink.Batches(loads, batchSize: 4).Select(b => b.Select(a => a.Id).ToArray()).ToList();

            Assert.Equal([["a0", "a1"], ["a2"], ["a3"], ["a4", "a5"]], batches);
        }

        [Fact]
        public async Task Each_batch_is_one_transaction()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph, new Neo4jSinkOptions { BatchSize = 3 });

            var result = await sink.WriteAsync(Samples.Many(2, 2, 2));

            Assert.Equal(3, graph.Commits);
            Assert.Equal(new SinkResult(3, 0, 6), result);
        }

        [Fact]
        public void Batch_size_must_be_positive() =>
            Assert.Throws<ArgumentOutOfRangeException>(() => new Neo4jSinkOptions { BatchSize = 0 });
    }

    public class Failures
    {
        [Fact]
        public async Task Transient_failure_mid_batch_is_retried_without_duplicate_statements()
        {
            var clean = new InMemoryGraph();
            await using (var sink = new Neo4jGraphSink(clean))
            {
                await sink.WriteAsync([Samples.Astana()]);
            }

            // Fail on the statements query, after entities and articles ran in the same (rolled back) transaction.
            var graph = new InMemoryGraph { FailAtRun = 4 };
            await using var retried = new Neo4jGraphSink(graph);

            var result = await retried.WriteAsync([Samples.Astana()]);

            Assert.Equal(1, graph.Rollbacks);
            Assert.Equal(1, graph.Commits);
            Assert.Equal(new SinkResult(1, 0, 3), result);
            Assert.Equal(clean.Statements, graph.Statements);
            Assert.Equal(clean.Relationships, graph.Relationships);
            // The retry started over with the hash lookup, and saw the article as new because the first attempt rolled back.
            Assert.Equal(LoadCypher.ArticleHashes, graph.Runs[4].Query);
        }

        [Fact]
        public async Task Interrupted_ingest_rerun_completes_without_duplicates()
        {
            var articles = Samples.Many(2, 2, 2, 2);
            var clean = new InMemoryGraph();
            await using (var sink = new Neo4jGraphSink(clean, new Neo4jSinkOptions { BatchSize = 2 }))
            {
                await sink.WriteAsync(articles);
            }

            // The second batch dies for good (a cancelled ingest, a lost server): the first batch stays committed.
            var graph = new InMemoryGraph();
            using var cts = new CancellationTokenSource();
            var interrupted = new Neo4jGraphSink(new CancelAfter(graph, commits: 1, cts), new Neo4jSinkOptions { BatchSize = 2 });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.WriteAsync(articles, cts.Token));
            Assert.Single(graph.Articles);

            await using var rerun = new Neo4jGraphSink(graph, new Neo4jSinkOptions { BatchSize = 2 });
            var result = await rerun.WriteAsync(articles);

            Assert.Equal(new SinkResult(3, 1, 6), result);
            Assert.Equal(clean.Statements, graph.Statements);
            Assert.Equal(clean.Relationships, graph.Relationships);
            Assert.Equal(clean.Articles, graph.Articles);
        }

        [Fact]
        public async Task Statement_of_another_article_is_rejected_before_anything_is_sent()
        {
            var graph = new InMemoryGraph();
            await using var sink = new Neo4jGraphSink(graph);
            var astana = Samples.Astana();
            var other = Samples.Article("other", "Other text.");

            var error = await Assert.ThrowsAsync<ArgumentException>(() => sink.WriteAsync([new ArticleStatements(other, astana.Statements)]));

            Assert.Contains("belongs to article 'astana'", error.Message, StringComparison.Ordinal);
            Assert.Empty(graph.Runs);
        }

        /// <summary>Lets <paramref name="commits"/> transactions through, then cancels and fails the next.</summary>
        private sealed class CancelAfter(InMemoryGraph inner, int commits, CancellationTokenSource cts) : ICypherTransactor
        {
            public Task<T> ExecuteWriteAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
            {
                if (inner.Commits >= commits)
                {
                    cts.Cancel();
                    cancellationToken.ThrowIfCancellationRequested();
                }

                return inner.ExecuteWriteAsync(work, cancellationToken);
            }

            public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAutoCommitAsync(
                string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
                inner.RunAutoCommitAsync(query, parameters, cancellationToken);

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
