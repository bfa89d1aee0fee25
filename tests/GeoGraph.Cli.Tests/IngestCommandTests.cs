using GeoGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Cli.Tests;

public class IngestCommandTests
{
    private static long Count(string store, string sql)
    {
        using var c = new SqliteConnection(SqliteGraphStore.ConnectionString(store, readOnly: true));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public async Task Ingesting_the_same_folder_twice_leaves_the_statement_count_unchanged()
    {
        using var files = new TestFiles();
        var folder = files.GoodFolder();

        var first = await Cli.RunAsync("ingest", folder, "--store", files.Store);
        Assert.Equal(ExitCode.Ok, first.ExitCode);
        Assert.Equal(4, Count(files.Store, "SELECT count(*) FROM statements"));
        Assert.Matches(@"new or changed\s+2", first.Output);

        var second = await Cli.RunAsync("ingest", folder, "--store", files.Store, "--batch", "1");
        Assert.Equal(ExitCode.Ok, second.ExitCode);
        Assert.Equal(4, Count(files.Store, "SELECT count(*) FROM statements"));
        Assert.Equal(2, Count(files.Store, "SELECT count(*) FROM articles"));
        Assert.Matches(@"unchanged\s+2", second.Output);
        Assert.Matches(@"newly stored\s+0", second.Output);
    }

    [Fact]
    public async Task The_summary_shows_articles_entities_by_type_and_statements_by_predicate()
    {
        using var files = new TestFiles();
        var r = await Cli.RunAsync("ingest", files.GoodFolder(), "--store", files.Store);
        Assert.Contains($"Ingested into embedded store {files.Store}", r.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Country\s+2$", r.Output);
        Assert.Matches(@"(?m)^Organization\s+1$", r.Output);
        Assert.Matches(@"(?m)^MEMBER_OF\s+2$", r.Output);
        Assert.Matches(@"(?m)^LEADS\s+2$", r.Output);
        Assert.Matches(@"(?m)^failed\s+0$", r.Output);
        Assert.Contains("The store now holds 2 articles, 3 entities, 4 statements.", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_output_gets_plain_progress_lines()
    {
        using var files = new TestFiles();
        var r = await Cli.RunAsync(new PairExtractor(), false, "ingest", files.GoodFolder(), "--store", files.Store);
        Assert.Contains("ingest: 2/2 articles, 4 statements, ", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_gets_a_live_bar()
    {
        using var files = new TestFiles();
        var r = await Cli.RunAsync(new PairExtractor(), true, "ingest", files.GoodFolder(), "--store", files.Store);
        Assert.Contains("\r", r.Error, StringComparison.Ordinal);
        Assert.Contains("██████████████████████████████ 2/2 articles  4 statements", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_reported_the_rest_stored_and_nothing_stored_before_is_lost()
    {
        using var files = new TestFiles();
        await Cli.RunAsync("ingest", files.GoodFolder(), "--store", files.Store);

        var bad = files.WriteBytes("bad/broken.txt", [0xC3, 0x28]);
        var jsonl = files.Write("bad/x.jsonl", "{\"id\": \"new\", \"text\": \"Russia leads the CSTO.\"}\n{oops\n");
        var r = await Cli.RunAsync("ingest", Path.Combine(files.Path, "bad"), "--store", files.Store);

        Assert.Equal(ExitCode.Failed, r.ExitCode);
        Assert.Contains($"error: {bad}: invalid UTF-8 at byte 0", r.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {jsonl}:2: not a JSON object", r.Error, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^failed\s+2$", r.Output);
        Assert.Contains("Failures (2):", r.Output, StringComparison.Ordinal);
        Assert.Equal(3, Count(files.Store, "SELECT count(*) FROM articles"));
        Assert.Equal(5, Count(files.Store, "SELECT count(*) FROM statements"));
    }

    [Fact]
    public async Task Changed_text_replaces_an_articles_statements()
    {
        using var files = new TestFiles();
        var path = files.Write("a.txt", TestFiles.English);
        await Cli.RunAsync("ingest", path, "--store", files.Store);
        files.Write("a.txt", "Russia leads the CSTO.");
        var r = await Cli.RunAsync("ingest", path, "--store", files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Equal(1, Count(files.Store, "SELECT count(*) FROM statements"));
        Assert.Equal(0, Count(files.Store, "SELECT count(*) FROM statements WHERE predicate = 'MEMBER_OF'"));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_an_error_naming_it()
    {
        using var files = new TestFiles();
        var notADb = files.Write("junk.db", "this is not a database, just text that is long enough to be read as a header........");
        var r = await Cli.RunAsync("ingest", files.GoodFolder(), "--store", notADb);
        Assert.Equal(ExitCode.Failed, r.ExitCode);
        Assert.StartsWith($"error: cannot open the store '{notADb}'", r.Error, StringComparison.Ordinal);
    }
}
