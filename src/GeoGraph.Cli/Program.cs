using System.Text;

namespace GeoGraph.Cli;

/// <summary>The <c>geograph</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The exit code: 0 ok, 1 something failed, 2 usage error, 130 interrupted.</returns>
    public static async Task<int> Main(string[] args)
    {
        // Arabic names and evidence must reach pipes and files as UTF-8 whatever the console's default is.
        Console.OutputEncoding = new UTF8Encoding(false);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        await using (output.ConfigureAwait(false))
        await using (error.ConfigureAwait(false))
        {
            try
            {
                return await new CommandRunner(output, error, errorIsTerminal: !Console.IsErrorRedirected).RunAsync(args, cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await error.WriteLineAsync("geograph: interrupted; batches already written are kept.").ConfigureAwait(false);
                return 130;
            }
        }
    }
}
