using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Tests;

/// <summary>
/// <c>geograph query</c> in-process over a store ingested from two small articles (English and Arabic) with the
/// stand-in extractor: Kazakhstan MEMBER_OF CSTO and Russia LEADS CSTO, once per article.
/// </summary>
public class QueryCommandTests : IAsyncLifetime
{
    private readonly TestFiles _files = new();

    public async Task InitializeAsync()
    {
        var r = await Cli.RunAsync("ingest", _files.GoodFolder(), "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
    }

    public Task DisposeAsync()
    {
        _files.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Kazakhstan")]
    [InlineData("كازاخستان")]
    [InlineData("لكازاخستان")]
    [InlineData("republic of KAZAKHSTAN")]
    [InlineData("country:KZ")]
    public async Task Entity_resolves_arabic_and_english_names_clitics_aliases_and_ids(string name)
    {
        var r = await Cli.RunAsync("query", "entity", name, "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var lines = r.Output.Split('\n');
        Assert.Equal("Kazakhstan  [Country]  country:KZ", lines[0]);
        Assert.Equal("  labels:  ar: كازاخستان  en: Kazakhstan", lines[1]);
        Assert.Equal("  aliases: Republic of Kazakhstan", lines[2]);
        Assert.Equal("  degree:  2 statements", lines[3]);
        Assert.Matches(@"(?m)^-MEMBER_OF->\s+Collective Security Treaty Organization\s+Organization\s+2$", r.Output);
    }

    [Fact]
    public async Task Entity_json_is_one_document_with_snake_case_fields()
    {
        var r = await Cli.RunAsync("query", "entity", "CSTO", "--store", _files.Store, "--json");
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var o = JObject.Parse(r.Output);
        Assert.Equal(("entity", "embedded", "found"), (o.Value<string>("query"), o.Value<string>("source"), o["result"]!.Value<string>("status")));
        var match = (JObject)Assert.Single((JArray)o["result"]!["matches"]!);
        Assert.Equal("org:CSTO", match["entity"]!.Value<string>("id"));
        Assert.Equal(4, match.Value<long>("degree"));
        var top = (JArray)match["top_relations"]!;
        Assert.Equal(("in", "LEADS", "country:RU", 2L), (top[0].Value<string>("direction"), top[0].Value<string>("predicate"), top[0]["other"]!.Value<string>("id"), top[0].Value<long>("mentions")));
    }

    [Fact]
    public async Task Neighbors_lists_relations_with_direction_and_mentions()
    {
        var r = await Cli.RunAsync("query", "neighbors", "منظمة معاهدة الأمن الجماعي", "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Matches(@"(?m)^<-LEADS-\s+Russia\s+Country\s+structure\s+2\s+asserted", r.Output);
        Assert.Matches(@"(?m)^<-MEMBER_OF-\s+Kazakhstan\s+Country\s+structure\s+2\s+asserted", r.Output);

        var json = JObject.Parse((await Cli.RunAsync("query", "neighbors", "Russia", "--store", _files.Store, "--json")).Output);
        var n = Assert.Single((JArray)json["result"]!["relations"]!);
        Assert.Equal(("org:CSTO", "LEADS", "out", 2L), (n["other"]!.Value<string>("id"), n.Value<string>("predicate"), n.Value<string>("direction"), n.Value<long>("mentions")));
    }

    [Fact]
    public async Task Neighbors_filters_by_predicate_and_date()
    {
        // The Arabic article is dated 2024-11-28, the English text file has no date.
        var r = await Cli.RunAsync("query", "neighbors", "CSTO", "--predicate", "LEADS", "--from", "2024-11", "--store", _files.Store, "--json");
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var n = Assert.Single((JArray)JObject.Parse(r.Output)["result"]!["relations"]!);
        Assert.Equal(("LEADS", 1L, "2024-11-28"), (n.Value<string>("predicate"), n.Value<long>("mentions"), n.Value<string>("first_seen")));
    }

    [Fact]
    public async Task Between_who_evidence_path_top_and_co_mentions_answer_from_the_store()
    {
        var between = await Cli.RunAsync("query", "between", "Russia", "CSTO", "--store", _files.Store);
        Assert.Contains("Russia (country:RU) and Collective Security Treaty Organization (org:CSTO): 2 statements", between.Output, StringComparison.Ordinal);

        var who = JObject.Parse((await Cli.RunAsync("query", "who", "--predicate", "LEADS", "--object", "CSTO", "--store", _files.Store, "--json")).Output);
        var row = Assert.Single((JArray)who["result"]!);
        Assert.Equal(("country:RU", 2L), (row["subject"]!.Value<string>("id"), row.Value<long>("mentions")));

        var evidence = await Cli.RunAsync("query", "evidence", "Russia", "LEADS", "Collective", "Security", "Treaty", "Organization", "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, evidence.ExitCode);
        Assert.Contains("« Russia leads the CSTO. »", evidence.Output, StringComparison.Ordinal);

        var path = await Cli.RunAsync("query", "path", "Russia", "Kazakhstan", "--store", _files.Store);
        Assert.Contains("Russia -LEADS-> Collective Security Treaty Organization <-MEMBER_OF- Kazakhstan", path.Output, StringComparison.Ordinal);

        var top = await Cli.RunAsync("query", "top", "--by", "pagerank", "--store", _files.Store);
        Assert.Matches(@"(?m)^\s*1\s+Collective Security Treaty Organization\s", top.Output);

        var co = JObject.Parse((await Cli.RunAsync("query", "co-mentions", "Kazakhstan", "--store", _files.Store, "--json")).Output);
        // Both share the two articles; ties go by id.
        Assert.Equal([("country:RU", 2L), ("org:CSTO", 2L)], ((JArray)co["result"]!["entities"]!).Select(e => (e["entity"]!.Value<string>("id"), e.Value<long>("articles"))));
    }

    [Fact]
    public async Task An_unknown_name_exits_1_with_a_suggestion()
    {
        var r = await Cli.RunAsync("query", "timeline", "Kazakstan", "--store", _files.Store);
        Assert.Equal(ExitCode.Failed, r.ExitCode);
        Assert.StartsWith("error: no entity named 'Kazakstan'; did you mean: Kazakhstan", r.Error, StringComparison.Ordinal);

        var json = JObject.Parse((await Cli.RunAsync("query", "timeline", "Kazakstan", "--store", _files.Store, "--json")).Output);
        Assert.Equal("unknown", json["error"]!.Value<string>("status"));
        Assert.Equal("country:KZ", json["error"]!["suggestions"]![0]!["entity"]!.Value<string>("id"));
    }

    [Fact]
    public async Task Options_of_another_query_and_bad_predicates_are_usage_errors()
    {
        var r = await Cli.RunAsync("query", "entity", "Russia", "--max-hops", "2", "--store", _files.Store);
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        Assert.StartsWith("error: expected options of 'query entity', found '--max-hops'", r.Error, StringComparison.Ordinal);

        var who = await Cli.RunAsync("query", "who", "INVADED", "--store", _files.Store);
        Assert.Equal(ExitCode.Usage, who.ExitCode);
        Assert.Contains("expected a schema predicate, found 'INVADED'", who.Error, StringComparison.Ordinal);

        var between = await Cli.RunAsync("query", "between", "Vladimir", "Putin", "Germany", "--store", _files.Store);
        Assert.Equal(ExitCode.Usage, between.ExitCode);
        Assert.Contains("quote names of several words", between.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_exits_1_with_a_hint()
    {
        var missing = Path.Combine(_files.Path, "none.db");
        var r = await Cli.RunAsync("query", "entity", "Kazakhstan", "--store", missing);
        Assert.Equal(ExitCode.Failed, r.ExitCode);
        Assert.Contains($"expected a store at '{missing}', found no file", r.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
