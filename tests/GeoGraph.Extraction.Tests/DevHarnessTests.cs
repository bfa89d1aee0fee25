namespace GeoGraph.Extraction.Tests;

/// <summary>
/// The dev harness: writes predictions for the dev articles so <c>score.py</c> can score them. Run with
/// <c>GEOGRAPH_PRED_OUT=/tmp/pred.jsonl dotnet test tests/GeoGraph.Extraction.Tests --filter Category=DevHarness</c>.
/// </summary>
public sealed class DevHarnessTests
{
    [Fact]
    [Trait("Category", "TraceText")]
    public void Traces_the_text_in_GEOGRAPH_TEXT()
    {
        if (Environment.GetEnvironmentVariable("GEOGRAPH_TEXT") is not { Length: > 0 } text)
        {
            return;
        }

        var (statements, trace) = DevSet.Engine.Trace(new GeoGraph.Core.Model.Article("t", text, "ar") { Date = "2024-11-28" });
        using var w = new StreamWriter("/tmp/trace-text.txt");
        w.Write(trace);
        foreach (var st in statements)
        {
            w.WriteLine($"  => {st.Subject.Name} -{st.Predicate}-> {st.Object.Name} [{st.RuleId}] {st.Status} | {string.Join(' ', st.Matched)}");
        }
    }

    [Fact]
    [Trait("Category", "DevHarness")]
    public void Writes_predictions_for_the_dev_articles()
    {
        if (SharedFiles.Gold is null)
        {
            return;
        }

        var path = Environment.GetEnvironmentVariable("GEOGRAPH_PRED_OUT") ?? Path.Combine(Path.GetTempPath(), "geograph-dev-pred.jsonl");
        DevSet.WritePredictions(path, Environment.GetEnvironmentVariable("GEOGRAPH_PRED_LANG"));
        Assert.True(new FileInfo(path).Length > 0);
        if (Environment.GetEnvironmentVariable("GEOGRAPH_TRACE") is { Length: > 0 } tracePath)
        {
            using var w = new StreamWriter(tracePath);
            foreach (var (article, _) in DevSet.Articles(Environment.GetEnvironmentVariable("GEOGRAPH_PRED_LANG")))
            {
                var (statements, trace) = DevSet.Engine.Trace(article);
                w.WriteLine($"===== {article.Id}");
                w.Write(trace);
                foreach (var st in statements)
                {
                    w.WriteLine($"  => {st.Subject.Name} -{st.Predicate}-> {st.Object.Name} [{st.RuleId}] {st.Status} | {string.Join(' ', st.Matched)}");
                }
            }
        }
    }
}
