using GeoGraph.Extraction;

namespace GeoGraph.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_ingests_the_bundled_samples_into_a_fresh_store_and_prints_a_summary()
    {
        using var files = new TestFiles();
        await File.WriteAllTextAsync(files.Store, "stale content that the demo must replace");

        var r = await Cli.RunAsync(ExtractionEngine.CreateDefault(), false, "demo", "--store", files.Store);

        Assert.Equal(ExitCode.Ok, r.ExitCode);
        Assert.Contains($"Ingested into embedded store {files.Store}", r.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^new or changed\s+2$", r.Output);
        Assert.Matches(@"(?m)^failed\s+0$", r.Output);
        Assert.Contains("The store now holds 2 articles", r.Output, StringComparison.Ordinal);
        Assert.Contains($"$ geograph query entity كازاخستان --store {files.Store}", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_answers_its_example_queries_from_what_was_extracted()
    {
        using var files = new TestFiles();
        var r = await Cli.RunAsync(new PairExtractor(), false, "demo", "--store", files.Store);
        Assert.Equal(ExitCode.Ok, r.ExitCode);

        // The seed article names Kazakhstan and the CSTO in one sentence, so the stand-in extractor links them.
        var answer = r.Output[r.Output.IndexOf("$ geograph query entity كازاخستان", StringComparison.Ordinal)..];
        Assert.Contains("Kazakhstan  [Country]  country:KZ", answer, StringComparison.Ordinal);
        Assert.Contains("MEMBER_OF", answer, StringComparison.Ordinal);

        // Running it again starts from scratch: the articles are new again, not unchanged.
        var again = await Cli.RunAsync(new PairExtractor(), false, "demo", "--store", files.Store);
        Assert.Matches(@"(?m)^new or changed\s+2$", again.Output);
    }
}
