using GeoGraph.Core.Model;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>Writes the engine trace of the sentences in GEOGRAPH_EN_TRACE (one per line) for rule authors; does
/// nothing unless the variable is set.</summary>
public sealed class EnglishTraceTests
{
    [Fact]
    [Trait("Category", "DevHarness")]
    public void Writes_the_trace_of_sentences_for_rule_authors()
    {
        var input = Environment.GetEnvironmentVariable("GEOGRAPH_EN_TRACE");
        if (input is null || !File.Exists(input))
        {
            return;
        }

        var lang = Environment.GetEnvironmentVariable("GEOGRAPH_TRACE_LANG") ?? "en";
        using (var w = new StreamWriter(input + ".out"))
        {
        foreach (var line in File.ReadLines(input).Where(l => l.Length > 0))
        {
            var (statements, trace) = DevSet.Engine.Trace(new Article("t", line, lang) { Date = "2024-03-15" });
            w.WriteLine($"===== {line}");
            w.Write(trace);
            foreach (var st in statements)
            {
                w.WriteLine($"  => {st.Subject.Name} -{st.Predicate}-> {st.Object.Name} [{st.RuleId}] {st.Status}");
            }
        }
        }

        Assert.True(new FileInfo(input + ".out").Length > 0);
    }
}
