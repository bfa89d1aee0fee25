namespace GeoGraph.Bolt;

/// <summary>The client sent a request the server rejected (`Neo.ClientError.*`); changing the request may help.</summary>
public class ClientException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public ClientException() : this("ClientException") { }

    /// <summary>Creates the exception with a message only.</summary>
    public ClientException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ClientException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception carrying a Neo4j status code.</summary>
    public ClientException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}
