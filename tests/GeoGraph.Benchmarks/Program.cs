using BenchmarkDotNet.Running;

namespace GeoGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>
    /// Entry point; arguments go to BenchmarkDotNet's switcher, or <c>queries [options]</c> to the query-library
    /// harness, <c>storage-load [runs]</c> to the plain loading harness, <c>neo4j-load [statements] [rounds]</c> to the
    /// quick Neo4j loader check, <c>extract-speed [ar|en] [MB] [runs]</c> to the quick extraction throughput harness, <c>packstream-speed [runs]
    /// [repeats]</c> to the quick PackStream throughput harness.
    /// </summary>
    /// <param name="args">BenchmarkDotNet arguments, or one of the quick harnesses.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["queries", ..])
        {
            return await Queries.QueryBenchmark.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
        }

        // `storage-load [runs]`: the plain loading harness with CPU time, quick on a busy machine.
        if (args is ["storage-load", ..])
        {
            await Storage.SqliteLoadHarness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5).ConfigureAwait(false);
            return 0;
        }

        // `neo4j-load [statements] [rounds]`: the Neo4j loader against the ack-everything Bolt endpoint, with CPU time.
        if (args is ["neo4j-load", .. var rest])
        {
            await Neo4j.Neo4jLoadQuick.RunAsync(rest).ConfigureAwait(false);
            return 0;
        }

        // `neo4j-ack-server`: the ack-everything Bolt endpoint alone; prints its URI, stops at a line on stdin.
        if (args is ["neo4j-ack-server"])
        {
            await Neo4j.Neo4jLoadQuick.ServeAsync().ConfigureAwait(false);
            return 0;
        }

        // `extract-speed [ar|en] [MB] [runs]`: quick extraction throughput with CPU time and allocation per article.
        if (args is ["extract-speed", .. var speedArgs])
        {
            Extraction.ExtractionSpeedHarness.Run(speedArgs);
            return 0;
        }

        // `packstream-speed [runs] [repeats]`: the PackStream benchmarks' operations with CPU time, quick on a busy machine.
        if (args is ["packstream-speed", .. var packArgs])
        {
            Bolt.PackStreamSpeedHarness.Run(packArgs);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
