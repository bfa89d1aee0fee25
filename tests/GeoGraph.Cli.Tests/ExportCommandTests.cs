using System.Xml.Linq;
using GeoGraph.Core.Serialization;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph export</c> in-process over a small ingested store.</summary>
public class ExportCommandTests : IAsyncLifetime
{
    private readonly TestFiles _files = new();

    public async Task InitializeAsync() =>
        Assert.Equal(ExitCode.Ok, (await Cli.RunAsync("ingest", _files.GoodFolder(), "--store", _files.Store)).ExitCode);

    public Task DisposeAsync()
    {
        _files.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GraphML_goes_to_the_out_file_with_three_nodes_and_two_edges()
    {
        var file = Path.Combine(_files.Path, "g.graphml");
        var r = await Cli.RunAsync("export", "--format", "graphml", "--out", file, "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(file).Root!.Element(g + "graph")!;
        Assert.Equal(["country:KZ", "country:RU", "org:CSTO"], graph.Elements(g + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, graph.Elements(g + "edge").Count());
    }

    [Fact]
    public async Task Csv_writes_the_import_files_and_prints_the_neo4j_admin_command()
    {
        var dir = Path.Combine(_files.Path, "csv");
        var r = await Cli.RunAsync("export", "--format", "csv", "--out", dir, "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Contains("neo4j-admin database import full", r.Error, StringComparison.Ordinal);
        Assert.Equal("id:ID(Entity),name,type,labels_en,labels_ar,aliases:string[],:LABEL", File.ReadLines(Path.Combine(dir, "entities.csv")).First());
        Assert.Equal(3, File.ReadLines(Path.Combine(dir, "relationships.csv")).Count());
    }

    [Fact]
    public async Task Jsonl_to_standard_output_parses_as_the_statement_contract()
    {
        var r = await Cli.RunAsync("export", "--format", "jsonl", "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        var statements = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(StatementJson.Parse).ToList();
        Assert.Equal(4, statements.Count);
        Assert.All(statements, s => Assert.Equal("test.pair", s.RuleId));
    }

    [Fact]
    public async Task Cypher_script_sets_params_then_runs_fixed_statements()
    {
        var r = await Cli.RunAsync("export", "--format", "cypher", "--store", _files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Contains(":param rows => [{id: 'country:KZ'", r.Output, StringComparison.Ordinal);
        Assert.Contains("MERGE (x)-[r:LEADS]->(y)", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_format_is_a_usage_error()
    {
        var r = await Cli.RunAsync("export", "--store", _files.Store);
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        Assert.StartsWith("error: expected '--format graphml|csv|cypher|jsonl', found none", r.Error, StringComparison.Ordinal);
    }
}
