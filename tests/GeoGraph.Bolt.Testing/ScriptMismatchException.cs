namespace GeoGraph.Bolt.Testing;

/// <summary>The client did not follow the script; the message shows expected vs received and the conversation so far.</summary>
public sealed class ScriptMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScriptMismatchException() { }

    /// <summary>Creates the exception.</summary>
    public ScriptMismatchException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ScriptMismatchException(string message, Exception innerException) : base(message, innerException) { }
}
