namespace GeoGraph.Cli;

/// <summary>The exit codes of <c>geograph</c>.</summary>
public static class ExitCode
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but something failed: an input could not be read, a batch could not be stored, nothing was found.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;
}
