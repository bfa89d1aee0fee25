using GeoGraph.Core.Input;

namespace GeoGraph.Cli.Commands;

/// <summary>How problems are printed: one line each, naming the file (and line), on the error stream.</summary>
internal static class Problems
{
    /// <summary>Prints a problem.</summary>
    /// <param name="error">The error stream.</param>
    /// <param name="problem">The problem.</param>
    public static void Print(TextWriter error, InputProblem problem) => error.WriteLine($"error: {problem}");
}
