using BenchmarkDotNet.Running;

namespace GeoGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher, or <c>storage-load</c> to the plain loading harness.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    /// <returns>A task that completes when the benchmarks are done.</returns>
    public static async Task Main(string[] args)
    {
        // `storage-load [runs]`: the plain loading harness with CPU time, quick on a busy machine.
        if (args is ["storage-load", ..])
        {
            await Storage.SqliteLoadHarness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5).ConfigureAwait(false);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
