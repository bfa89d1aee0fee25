namespace GeoGraph.Bolt;

/// <summary>
/// The server could not be reached, or the connection was lost or went silent (read timeout). Retriable:
/// a managed transaction tries again on a fresh connection.
/// </summary>
public sealed class ServiceUnavailableException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public ServiceUnavailableException() : this("The service is unavailable.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public ServiceUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ServiceUnavailableException(string message, Exception? innerException) : base(message, innerException) { }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
