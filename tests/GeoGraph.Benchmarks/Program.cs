using BenchmarkDotNet.Running;

namespace GeoGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
