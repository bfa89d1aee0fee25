namespace GeoGraph.Cli.Parsing;

/// <summary>A command line that cannot run: what was expected, what was found, and a hint how to fix it.</summary>
public sealed class CommandParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as "expected X, found Y".</param>
    /// <param name="hint">How to fix it, or null.</param>
    public CommandParseException(string message, string? hint = null)
        : base(message)
    {
        Hint = hint;
    }

    /// <summary>Creates the exception without a hint.</summary>
    public CommandParseException()
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CommandParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How to fix the command line, or null.</summary>
    public string? Hint { get; }
}
