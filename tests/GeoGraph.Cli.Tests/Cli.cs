using GeoGraph.Core.Model;

namespace GeoGraph.Cli.Tests;

/// <summary>Runs geograph in-process and captures exit code, output and errors, like Spectre's CommandAppTester.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(IExtractor? extractor, bool terminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var runner = extractor is null
            ? new CommandRunner(output, error, terminal)
            : new CommandRunner(output, error, terminal, _ => extractor);
        var code = await runner.RunAsync(args);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>With the stand-in extractor, output redirected.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new PairExtractor(), false, args);
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
