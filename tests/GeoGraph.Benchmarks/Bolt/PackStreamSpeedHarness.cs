using System.Diagnostics;
using System.Globalization;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>
/// Quick PackStream throughput harness: <c>packstream-speed [runs] [repeats]</c>. Runs the operations of
/// <see cref="PackStreamBenchmarks"/> on one thread and prints, per operation, the median MB/s by wall clock and by CPU
/// time of the process over the runs, and bytes allocated per operation. On a machine shared with other work the CPU
/// figure is the fairer one; BenchmarkDotNet's run of <see cref="PackStreamBenchmarks"/> is the reference measurement.
/// </summary>
internal static class PackStreamSpeedHarness
{
    public static void Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var bench = new PackStreamBenchmarks();
        bench.Setup();
        (string Name, int Bytes, Func<long> Op)[] ops =
        [
            ("WriteTyped", bench.WriteBatchBytes, () => bench.WriteTyped()),
            ("WriteValue", bench.WriteBatchBytes, () => bench.WriteValue()),
            ("ReadValue", bench.ReadBatchBytes, () => bench.ReadValue()),
            ("ReadTyped", bench.ReadBatchBytes, bench.ReadTyped),
        ];
        var process = Process.GetCurrentProcess();
        foreach (var (name, bytes, op) in ops)
        {
            for (var i = 0; i < 3 * repeats; i++)
            {
                op(); // warm-up: tiered JIT and PGO settle before timing
            }

            var wall = new List<double>();
            var cpu = new List<double>();
            long allocated = 0;
            for (var r = 0; r < runs; r++)
            {
                GC.Collect();
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                process.Refresh();
                var c0 = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < repeats; i++)
                {
                    op();
                }

                clock.Stop();
                process.Refresh();
                var seconds = (process.TotalProcessorTime - c0).TotalSeconds;
                allocated = (GC.GetAllocatedBytesForCurrentThread() - a0) / repeats;
                wall.Add(bytes * (double)repeats / clock.Elapsed.TotalSeconds / 1e6);
                cpu.Add(bytes * (double)repeats / Math.Max(seconds, 1e-6) / 1e6);
            }

            wall.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} median {wall[runs / 2],7:F0} MB/s wall (best {wall[^1]:F0}), {cpu[runs / 2],7:F0} MB/s per CPU-second (best {cpu[^1]:F0}); {allocated:N0} B allocated per operation"));
        }
    }
}
