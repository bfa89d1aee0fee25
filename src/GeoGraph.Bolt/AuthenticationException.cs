namespace GeoGraph.Bolt;

/// <summary>The server refused the credentials (<c>Neo.ClientError.Security.Unauthorized</c>). The message never repeats them.</summary>
public sealed class AuthenticationException : ClientException
{
    /// <summary>Creates the exception with a message only.</summary>
    public AuthenticationException() : this("Authentication failed.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public AuthenticationException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public AuthenticationException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception carrying a Neo4j status code.</summary>
    public AuthenticationException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}
