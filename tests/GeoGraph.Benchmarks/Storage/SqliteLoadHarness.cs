using System.Diagnostics;
using System.Globalization;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Benchmarks.Storage;

/// <summary>
/// A plain harness for the loading benchmark that also reports CPU time: on a shared, oversubscribed machine wall-clock
/// statements/s says more about the neighbours than about the store, while statements per CPU-second of this process
/// approximates "on one core". Run: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- storage-load [runs]</c>.
/// </summary>
internal static class SqliteLoadHarness
{
    /// <summary>Loads the corpus into fresh stores and prints wall and CPU statements/s per run and their medians.</summary>
    /// <param name="runs">How many runs after one warm-up.</param>
    /// <returns>A task that completes when all runs are done.</returns>
    public static async Task RunAsync(int runs)
    {
        var batches = StorageCorpus.Batches();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var run = -1; run < runs; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"geograph-harness-{Guid.NewGuid():N}.db");
            var store = await SqliteGraphStore.OpenAsync(path).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var process = Process.GetCurrentProcess();
                var cpu0 = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var written = 0;
                foreach (var batch in batches)
                {
                    written += (await store.WriteAsync(batch).ConfigureAwait(false)).StatementsWritten;
                }

                clock.Stop();
                process.Refresh();
                var cpuTime = process.TotalProcessorTime - cpu0;
                if (written != StorageCorpus.Statements)
                {
                    throw new InvalidOperationException($"wrote {written} of {StorageCorpus.Statements}");
                }

                if (run >= 0)
                {
                    wall.Add(written / clock.Elapsed.TotalSeconds);
                    cpu.Add(written / cpuTime.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {wall[^1],9:N0} statements/s wall, {cpu[^1],9:N0} statements/CPU-s"));
                }
            }

            SqliteGraphStore.Delete(path);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {Median(wall):N0} statements/s wall, {Median(cpu):N0} statements/CPU-s ({StorageCorpus.Statements:N0} statements, batches of {StorageCorpus.BatchSize} articles)"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
