using BenchmarkDotNet.Running;

namespace GeoGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; <c>queries</c> runs the query-library harness, anything else goes to BenchmarkDotNet's switcher.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>queries [options]</c>.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["queries", ..])
        {
            return await Queries.QueryBenchmark.RunAsync(args[1..], Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
