using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Extraction;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>
/// Quick extraction throughput harness: <c>extract-speed [ar|en] [MB] [runs]</c>. Repeats the dev texts of one language
/// to the given size, extracts them on one thread once per run, and prints MB/s by wall clock and by CPU time, the
/// median over the runs, and bytes allocated per article. The BenchmarkDotNet classes in this folder are the
/// reference measurement; this one answers in seconds and is what a profiler is attached to.
/// </summary>
public static class ExtractionSpeedHarness
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args">Language, megabytes, runs.</param>
    public static void Run(string[] args)
    {
        var lang = args.Length > 0 ? args[0] : "ar";
        var mb = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var engine = ExtractionEngine.CreateDefault();
        var corpus = DevCorpus.Build(lang, (long)(mb * 1024 * 1024));
        var articles = corpus.Articles;
        var bytes = corpus.Bytes;

        Console.WriteLine($"corpus: {articles.Count} {lang} articles, {bytes / 1048576.0:F1} MB");

        // Warm-up on the first copy so JIT tiering is done before timing.
        foreach (var a in articles.Take(corpus.SourceCount * 3))
        {
            engine.Extract(a);
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        long alloc = 0;
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var (g0, g1, g2, pause0) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var statements = 0;
            foreach (var a in articles)
            {
                statements += engine.Extract(a).Count;
            }

            sw.Stop();
            process.Refresh();
            var c = (process.TotalProcessorTime - c0).TotalSeconds;
            alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
            var w = bytes / 1048576.0 / sw.Elapsed.TotalSeconds;
            var p = bytes / 1048576.0 / c;
            wall.Add(w);
            cpu.Add(p);
            Console.WriteLine($"run {r + 1}: {sw.Elapsed.TotalSeconds:F2} s, {w:F2} MB/s wall, {p:F2} MB/s per CPU-second, {statements} statements; "
                + $"GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} (gen0/1/2), paused {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms");
        }

        wall.Sort();
        cpu.Sort();
        Console.WriteLine($"median: {wall[wall.Count / 2]:F2} MB/s wall, {cpu[cpu.Count / 2]:F2} MB/s per CPU-second; allocated {alloc / (double)articles.Count / 1024:F0} KB per article ({alloc / (double)bytes:F1} bytes per text byte)");
    }
}
