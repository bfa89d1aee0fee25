namespace GeoGraph.Cli.Tests;

public class CommandRunnerTests
{
    [Fact]
    public async Task No_arguments_prints_usage_and_exits_2()
    {
        var r = await Cli.RunAsync();
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        Assert.Contains("usage: geograph <command>", r.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Output);
    }

    [Fact]
    public async Task An_unknown_verb_says_what_was_expected_and_exits_2()
    {
        var r = await Cli.RunAsync("ingets", "x");
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        Assert.StartsWith("error: expected a command (extract, ingest, query, demo), found 'ingets'", r.Error, StringComparison.Ordinal);
        Assert.Contains("usage:", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var r = await Cli.RunAsync("--help");
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        foreach (var verb in (string[])["extract", "ingest", "query", "demo"])
        {
            Assert.Contains($"  {verb}", r.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("extract", "--format jsonl|table")]
    [InlineData("ingest", "--batch N")]
    [InlineData("query", "--json")]
    [InlineData("demo", "--store PATH")]
    public async Task Each_verb_has_help_with_its_options(string verb, string option)
    {
        var r = await Cli.RunAsync(verb, "--help");
        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Contains($"usage: geograph {verb}", r.Output, StringComparison.Ordinal);
        Assert.Contains(option, r.Output, StringComparison.Ordinal);
        Assert.Equal(r.Output, (await Cli.RunAsync("help", verb)).Output);
    }

    [Theory]
    [InlineData(new[] { "extract" }, "expected at least one file or folder to extract from, found none")]
    [InlineData(new[] { "extract", "a.txt", "--format", "xml" }, "expected jsonl or table after '--format', found 'xml'")]
    [InlineData(new[] { "extract", "a.txt", "--format" }, "expected jsonl|table after '--format', found the end of the command line")]
    [InlineData(new[] { "extract", "a.txt", "--explain=yes" }, "expected no value after flag '--explain', found 'yes'")]
    [InlineData(new[] { "extract", "a.txt", "--kb", "/no/such/kb.json" }, "expected an existing file after '--kb', found '/no/such/kb.json'")]
    [InlineData(new[] { "ingest", "a.txt", "--batch", "0" }, "expected a whole number from 1 to 1000000 after '--batch', found '0'")]
    [InlineData(new[] { "ingest", "a.txt", "--store", "x.db", "--store", "y.db" }, "expected '--store' once, found it again with 'y.db'")]
    [InlineData(new[] { "ingest" }, "expected at least one file or folder to ingest, found none")]
    [InlineData(new[] { "query", "entity" }, "expected an entity name after 'entity', found none")]
    [InlineData(new[] { "query", "everything", "x" }, "expected a query kind (entity or neighbors), found 'everything'")]
    [InlineData(new[] { "demo", "extra" }, "expected no arguments for 'demo', found 'extra'")]
    public async Task Bad_command_lines_say_expected_and_found_and_exit_2(string[] args, string message)
    {
        var r = await Cli.RunAsync(args);
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        var lines = r.Error.Split('\n');
        Assert.Equal($"error: {message}", lines[0]);
        Assert.StartsWith("hint: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"usage: geograph {args[0]}", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Output);
    }

    [Fact]
    public async Task A_misspelt_option_gets_a_suggestion()
    {
        var r = await Cli.RunAsync("ingest", "x", "--bach", "3");
        Assert.Equal(ExitCode.Usage, r.ExitCode);
        Assert.Contains("found '--bach'", r.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean '--batch'?", r.Error, StringComparison.Ordinal);
    }
}
