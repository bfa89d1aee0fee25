namespace GeoGraph.Bolt;

/// <summary>The server could not serve the request now (`Neo.TransientError.*`); retrying later may succeed.</summary>
public class TransientException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public TransientException() : this("TransientException") { }

    /// <summary>Creates the exception with a message only.</summary>
    public TransientException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public TransientException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception carrying a Neo4j status code.</summary>
    public TransientException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }

    /// <summary>
    /// Transient errors are retriable, except the two the server sends when a transaction was deliberately
    /// stopped (terminated by an admin, or its lock client stopped): retrying would override that decision.
    /// </summary>
    public override bool IsRetriable =>
        !string.Equals(Code, "Neo.TransientError.Transaction.Terminated", StringComparison.Ordinal)
        && !string.Equals(Code, "Neo.TransientError.Transaction.LockClientStopped", StringComparison.Ordinal);
}
