using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Text;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Storage.Tests.Sqlite;

public class SqliteGraphStoreTests
{
    public class Schema
    {
        [Fact]
        public void The_embedded_schema_is_schema_sql_byte_for_byte()
        {
            var file = Path.Combine(RepoRoot(), "src", "GeoGraph.Storage", "Sqlite", "schema.sql");
            Assert.Equal(File.ReadAllText(file), SqliteGraphStore.SchemaSql);
        }

        [Fact]
        public async Task A_new_store_has_the_tables_of_the_schema_in_wal_mode()
        {
            await using var t = await TempStore.CreateAsync();
            var tables = t.Rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r[0]);
            Assert.Equal(["articles", "entities", "entity_names", "meta", "statements"], tables);
            Assert.Equal("wal", t.Scalar("PRAGMA journal_mode"));
        }

        private static string RepoRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("GeoGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public class Idempotency
    {
        [Fact]
        public async Task Writing_the_same_articles_twice_changes_nothing()
        {
            await using var t = await TempStore.CreateAsync();
            var first = await t.Store.WriteAsync([Samples.Batch("a1"), Samples.Batch("a2")]);
            Assert.Equal(new SinkResult(2, 0, 6), first);
            var ingestedAt = t.Scalar("SELECT ingested_at FROM articles WHERE id = 'a1'");

            await t.ReopenAsync();
            var second = await t.Store.WriteAsync([Samples.Batch("a1"), Samples.Batch("a2")]);

            Assert.Equal(new SinkResult(0, 2, 0), second);
            Assert.Equal(6, t.Count("SELECT count(*) FROM statements"));
            Assert.Equal(2, t.Count("SELECT count(*) FROM articles"));
            Assert.Equal(4, t.Count("SELECT count(*) FROM entities"));
            Assert.Equal(ingestedAt, t.Scalar("SELECT ingested_at FROM articles WHERE id = 'a1'"));
        }

        [Fact]
        public async Task Statement_ids_are_the_content_hashes()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch()]);
            var expected = Samples.StatementsOf("a1").Select(s => s.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, t.Rows("SELECT id FROM statements ORDER BY id").Select(r => r[0]));
        }

        [Fact]
        public async Task A_statement_extracted_twice_in_one_article_is_stored_once()
        {
            await using var t = await TempStore.CreateAsync();
            var s = Samples.StatementsOf("a1")[0];
            var result = await t.Store.WriteAsync([new ArticleStatements(Samples.Article(), [s, s with { Confidence = 0.5 }])]);
            Assert.Equal(1, result.StatementsWritten);
            Assert.Equal(1, t.Count("SELECT count(*) FROM statements"));
        }
    }

    public class Replacement
    {
        [Fact]
        public async Task Changed_text_replaces_the_articles_statements()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1"), Samples.Batch("a2")]);

            const string text2 = "Russia leads the CSTO. Nothing else happened.";
            var v2 = new ArticleStatements(
                Samples.Article("a1", text2),
                [Samples.Make("a1", text2, 0, Samples.Russia, Predicate.Leads, Samples.Csto, "Russia leads the CSTO.")]);
            var result = await t.Store.WriteAsync([v2]);

            Assert.Equal(new SinkResult(1, 0, 1), result);
            Assert.Equal([["0", "0", "22"]], t.Rows("SELECT sentence, start, \"end\" FROM statements WHERE article_id = 'a1'"));
            Assert.Equal(text2, t.Scalar("SELECT text FROM articles WHERE id = 'a1'"));
            Assert.Equal(SqliteGraphStore.TextHash(text2), t.Scalar("SELECT text_hash FROM articles WHERE id = 'a1'"));
            Assert.Equal(3, t.Count("SELECT count(*) FROM statements WHERE article_id = 'a2'"));
        }

        [Fact]
        public async Task Changed_text_with_no_statements_leaves_the_article_without_statements()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);
            await t.Store.WriteAsync([new ArticleStatements(Samples.Article("a1", "Quiet day."), [])]);
            Assert.Equal(0, t.Count("SELECT count(*) FROM statements"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM articles"));
        }
    }

    public class Transactions
    {
        [Fact]
        public async Task A_failing_batch_leaves_nothing_of_itself_and_keeps_earlier_batches()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);

            // The second article's statement claims another article: the store refuses it mid-batch.
            var bad = new ArticleStatements(Samples.Article("a3"), [.. Samples.StatementsOf("a3"), Samples.StatementsOf("zz")[0]]);
            var extraEntity = new Entity("org:NATO", "NATO", EntityType.Organization);
            var good = new ArticleStatements(
                Samples.Article("a2"),
                [Samples.Make("a2", Samples.Text, 0, Samples.Kazakhstan, Predicate.MemberOf, extraEntity, "Kazakhstan is a member of the CSTO.")]);
            await Assert.ThrowsAsync<ArgumentException>(() => t.Store.WriteAsync([good, bad]));

            Assert.Equal(["a1"], t.Rows("SELECT id FROM articles").Select(r => r[0]));
            Assert.Equal(3, t.Count("SELECT count(*) FROM statements"));
            Assert.Equal(0, t.Count("SELECT count(*) FROM entities WHERE id = 'org:NATO'"));
            Assert.Equal(0, t.Count("SELECT count(*) FROM entity_names WHERE entity_id = 'org:NATO'"));
        }

        [Fact]
        public async Task After_a_rollback_the_same_articles_can_be_written_in_full()
        {
            await using var t = await TempStore.CreateAsync();
            var extraEntity = new Entity("org:NATO", "NATO", EntityType.Organization);
            var good = new ArticleStatements(
                Samples.Article("a2"),
                [Samples.Make("a2", Samples.Text, 0, Samples.Kazakhstan, Predicate.MemberOf, extraEntity, "Kazakhstan is a member of the CSTO.")]);
            var bad = new ArticleStatements(Samples.Article("a3"), [Samples.StatementsOf("zz")[0]]);
            await Assert.ThrowsAsync<ArgumentException>(() => t.Store.WriteAsync([good, bad]));

            // Entities seen in the rolled-back batch must be written again, not assumed present.
            var result = await t.Store.WriteAsync([good]);
            Assert.Equal(new SinkResult(1, 0, 1), result);
            Assert.Equal(1, t.Count("SELECT count(*) FROM entities WHERE id = 'org:NATO'"));
        }

        [Fact]
        public async Task A_cancelled_write_stores_nothing()
        {
            await using var t = await TempStore.CreateAsync();
            using var cts = new CancellationTokenSource();
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => t.Store.WriteAsync([Samples.Batch("a1")], cts.Token));
            Assert.Equal(0, t.Count("SELECT count(*) FROM articles"));
            Assert.Equal(new SinkResult(1, 0, 3), await t.Store.WriteAsync([Samples.Batch("a1")]));
        }
    }

    public class Entities
    {
        [Fact]
        public async Task Labels_from_several_statements_are_merged_into_one_row()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);
            Assert.Equal("{\"ar\":\"كازاخستان\",\"en\":\"Kazakhstan\"}", t.Scalar("SELECT labels_json FROM entities WHERE id = 'country:KZ'"));
            Assert.Equal("Country", t.Scalar("SELECT type FROM entities WHERE id = 'country:KZ'"));
        }

        [Fact]
        public async Task Labels_merge_across_runs_and_keep_the_first_label_of_a_language()
        {
            await using var t = await TempStore.CreateAsync();
            const string text = "Putin met Kazakhstan.";
            var other = new Entity("country:KZ", "Kazakhstan", EntityType.Country, new Dictionary<string, string> { ["en"] = "Qazaqstan", ["ru"] = "Казахстан" });
            await t.Store.WriteAsync([new ArticleStatements(Samples.Article("b1", text), [Samples.Make("b1", text, 0, Samples.Putin, Predicate.MetWith, Samples.Kazakhstan, text)])]);
            await t.ReopenAsync();
            await t.Store.WriteAsync([new ArticleStatements(Samples.Article("b2", text), [Samples.Make("b2", text, 0, Samples.Putin, Predicate.MetWith, other, text)])]);

            Assert.Equal("{\"en\":\"Kazakhstan\",\"ru\":\"Казахстан\"}", t.Scalar("SELECT labels_json FROM entities WHERE id = 'country:KZ'"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM entity_names WHERE entity_id = 'country:KZ' AND name = 'Qazaqstan'"));
        }

        [Fact]
        public async Task Names_labels_and_aliases_are_keyed_by_NameKey()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);

            var names = t.Rows("SELECT name, norm, kind FROM entity_names WHERE entity_id = 'country:KZ' ORDER BY kind, name");
            Assert.Equal(
                [["Republic of Kazakhstan", NameKey.Of("Republic of Kazakhstan"), "alias"], ["كازاخستان", NameKey.Of("كازاخستان"), "label"], ["Kazakhstan", "kazakhstan", "name"]],
                names);

            // A spelling with diacritics and another alef form finds the same entity through the norm column.
            var resolved = t.Scalar("SELECT entity_id FROM entity_names WHERE norm = $n", ("$n", NameKey.Of("كَازَاخِسْتَان")));
            Assert.Equal("country:KZ", resolved);
            Assert.Equal("org:CSTO", t.Scalar("SELECT entity_id FROM entity_names WHERE norm = $n", ("$n", NameKey.Of("منظمة معاهدة الامن الجماعى"))));
        }

        [Fact]
        public async Task Statement_columns_hold_status_attribution_time_and_evidence()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);

            var leads = t.Rows("SELECT status, attributed_to, time, evidence, rule FROM statements WHERE predicate = 'LEADS'");
            Assert.Equal([["reported", "person:vladimir-putin", "<null>", "Russia leads the CSTO.", "test.rule"]], leads);
            var visit = t.Rows("SELECT subject_id, object_id, time, qualifiers_json, sentence FROM statements WHERE predicate = 'VISITED'");
            Assert.Equal([["person:vladimir-putin", "country:KZ", "2024-11-27", "{\"time\":\"2024-11-27\"}", "1"]], visit);

            foreach (var row in t.Rows("SELECT a.text, s.start, s.\"end\", s.evidence FROM statements s JOIN articles a ON a.id = s.article_id"))
            {
                Assert.Equal(row[3], row[0][int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture)..int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)]);
            }
        }

        [Fact]
        public async Task Summarize_counts_entities_by_type_and_statements_by_predicate()
        {
            await using var t = await TempStore.CreateAsync();
            await t.Store.WriteAsync([Samples.Batch("a1")]);
            var summary = await t.Store.SummarizeAsync();
            Assert.Equal(1, summary.Articles);
            Assert.Equal([new("Country", 2), new("Organization", 1), new("Person", 1)], summary.EntitiesByType);
            Assert.Equal(3, summary.Statements);
            Assert.Equal(4, summary.Entities);
        }
    }
}
