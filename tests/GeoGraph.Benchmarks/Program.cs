using BenchmarkDotNet.Running;

namespace GeoGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>neo4j-load [statements] [rounds]</c> for the quick loader check.</param>
    /// <returns>When done.</returns>
    public static async Task Main(string[] args)
    {
        if (args is ["neo4j-load", .. var rest])
        {
            await Neo4j.Neo4jLoadQuick.RunAsync(rest);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
