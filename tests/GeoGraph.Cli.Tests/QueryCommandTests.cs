using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Tests;

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
    [InlineData("republic of KAZAKHSTAN")]
    [InlineData("country:KZ")]
    public async Task Entity_resolves_arabic_and_english_names_aliases_and_ids(string name)
    {
        var r = await Cli.RunAsync("query", "entity", name, "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var lines = r.Output.Split('\n');
        Assert.Equal("Kazakhstan  [Country]  country:KZ", lines[0]);
        Assert.Equal("  labels: ar: كازاخستان  en: Kazakhstan", lines[1]);
        Assert.Contains("Republic of Kazakhstan", lines[2], StringComparison.Ordinal);
        Assert.Equal("  statements: 2", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("Kazakhstan  MEMBER_OF  Collective Security Treaty Organization  asserted  en-1", StringComparison.Ordinal) && l.EndsWith("Kazakhstan is a member of the CSTO.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_json_carries_statements_with_evidence()
    {
        var r = await Cli.RunAsync("query", "entity", "CSTO", "--store", _files.Store, "--json");
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var o = JObject.Parse(r.Output);
        var match = (JObject)Assert.Single((JArray)o["matches"]!);
        Assert.Equal("org:CSTO", match.Value<string>("id"));
        var statements = (JArray)match["statements"]!;
        Assert.Equal(4, statements.Count);
        var ev = statements.First(s => s.Value<string>("article") == "en-1" && s.Value<string>("predicate") == "LEADS")["evidence"]!;
        Assert.Equal("Russia leads the CSTO.", ev.Value<string>("text"));
        Assert.Equal(TestFiles.English[ev.Value<int>("start")..ev.Value<int>("end")], ev.Value<string>("text"));
    }

    [Fact]
    public async Task Neighbors_lists_linked_entities_with_direction()
    {
        var r = await Cli.RunAsync("query", "neighbors", "منظمة معاهدة الأمن الجماعي", "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Matches(@"(?m)^<-MEMBER_OF-\s+Kazakhstan\s+Country\s+2$", r.Output);
        Assert.Matches(@"(?m)^<-LEADS-\s+Russia\s+Country\s+2$", r.Output);

        var json = JObject.Parse((await Cli.RunAsync("query", "neighbors", "Russia", "--store", _files.Store, "--json")).Output);
        var n = Assert.Single((JArray)json["matches"]![0]!["neighbors"]!);
        Assert.Equal(("org:CSTO", "LEADS", "out", 2L), (n.Value<string>("id"), n.Value<string>("predicate"), n.Value<string>("direction"), n.Value<long>("statements")));
    }

    [Fact]
    public async Task An_unknown_name_exits_1_with_a_suggestion()
    {
        var r = await Cli.RunAsync("query", "entity", "Kazakh", "--store", _files.Store);
        Assert.Equal(ExitCode.Failed, r.ExitCode);
        Assert.StartsWith($"error: expected an entity named 'Kazakh' in '{_files.Store}', found none", r.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Kazakhstan'", r.Error, StringComparison.Ordinal);
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
