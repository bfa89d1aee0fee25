using System.ComponentModel;
using System.Diagnostics;

namespace GeoGraph.Bolt.Testing;

/// <summary>
/// Runs an external tool the tests depend on (node, npm, python3) with a hard timeout, capturing its output. A missing
/// tool is a clear failure naming what to install, never a silent pass.
/// </summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> and waits for it, killing the process tree when the timeout fires.</summary>
    /// <param name="program">The program on PATH.</param>
    /// <param name="args">Its arguments, passed without shell quoting.</param>
    /// <param name="workingDirectory">The working directory, or null for the current one.</param>
    /// <param name="timeout">How long it may run.</param>
    /// <param name="missingHint">What the message says when the program is not on PATH.</param>
    /// <returns>The exit code and both outputs.</returns>
    /// <exception cref="InvalidOperationException">The program is not on PATH.</exception>
    /// <exception cref="TimeoutException">It ran longer than the timeout.</exception>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string program, IEnumerable<string> args, string? workingDirectory, TimeSpan timeout, string missingHint)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' was not found on PATH ({e.Message}). {missingHint}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(
                    $"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds} s.\nstdout: {await stdout.ConfigureAwait(false)}\nstderr: {await stderr.ConfigureAwait(false)}");
            }

            return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
    }
}
