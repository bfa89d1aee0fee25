namespace GeoGraph.Cli;

/// <summary>The <c>geograph</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("geograph: no verbs yet");
        return args.Length == 0 ? 1 : 2;
    }
}
