using System.Diagnostics;
using System.Globalization;
using GeoGraph.Queries;

namespace GeoGraph.Benchmarks.Queries;

/// <summary>
/// The query library's latency on a synthetic store of 1,000,000 statements over 100,000 entities: <c>entity</c>,
/// <c>neighbors</c> and <c>path</c> (≤ 4 hops) p50/p90/p99 over many random names, measured with a Stopwatch. A plain
/// harness rather than BenchmarkDotNet: the store takes tens of seconds to build and must be built once, not per job.
/// Run: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- queries [--entities N] [--statements N] [--store PATH]</c>.
/// </summary>
internal static class QueryBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter w)
    {
        var entities = Option(args, "--entities", 100_000);
        var statements = Option(args, "--statements", 1_000_000);
        var path = OptionText(args, "--store") ?? Path.Combine(Path.GetTempPath(), "geograph-bench", $"queries-{entities}-{statements}.db");
        SyntheticStore.Ensure(path, entities, statements, w);

        var random = new Random(7);
        await using var q = new EmbeddedGraphQueries(path);
        var graphWatch = Stopwatch.StartNew();
        var graph = await q.GraphAsync(CancellationToken.None);
        w.WriteLine($"relation graph built once in {graphWatch.Elapsed.TotalMilliseconds:0} ms ({graph.VertexCount:N0} vertices, {graph.Directed.Count:N0} edges)");

        await Measure(w, "entity (name → details)", 2000, () => q.EntityAsync(SyntheticStore.Name(random.Next(entities))));
        await Measure(w, "entity (alias, resolve)", 2000, () => q.EntityAsync("E" + random.Next(entities).ToString("x", CultureInfo.InvariantCulture)));
        await Measure(w, "neighbors", 2000, () => q.NeighborsAsync(SyntheticStore.Id(random.Next(entities))));
        await Measure(w, "neighbors --family conflictual --from 2018", 2000, () => q.NeighborsAsync(SyntheticStore.Id(random.Next(entities)), new GeoGraph.Queries.Results.NeighborFilter { Family = "conflictual", From = "2018" }));
        var hops = new List<int>();
        await Measure(w, "path (max 4 hops)", 500, async () =>
        {
            var r = await q.PathAsync(SyntheticStore.Id(random.Next(entities)), SyntheticStore.Id(random.Next(entities)), maxHops: 4);
            hops.Add(r.Hops ?? -1);
            return r;
        });
        w.WriteLine($"  path lengths: {string.Join(", ", hops.GroupBy(h => h).OrderBy(g => g.Key).Select(g => $"{(g.Key < 0 ? "none" : g.Key.ToString(CultureInfo.InvariantCulture))}: {g.Count()}"))}");
        return 0;
    }

    private static async Task Measure<T>(TextWriter w, string name, int iterations, Func<Task<T>> run)
    {
        for (var i = 0; i < Math.Min(100, iterations / 10); i++)
        {
            await run();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        double P(double p) => times[(int)Math.Min(times.Length - 1, Math.Floor(p * times.Length))];
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-45} n={iterations,5}  p50 {P(0.50),8:0.000} ms  p90 {P(0.90),8:0.000} ms  p99 {P(0.99),8:0.000} ms"));
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
