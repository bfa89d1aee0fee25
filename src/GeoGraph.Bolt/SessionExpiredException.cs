namespace GeoGraph.Bolt;

/// <summary>The session can no longer serve work on the server it was bound to (e.g. a leader switch). Retriable.</summary>
public sealed class SessionExpiredException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public SessionExpiredException() : this("The session has expired.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public SessionExpiredException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public SessionExpiredException(string message, Exception? innerException) : base(message, innerException) { }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
