namespace GeoGraph.Bolt;

/// <summary>The server failed to serve the request (`Neo.DatabaseError.*`).</summary>
public class DatabaseException : Neo4jException
{
    /// <summary>Creates the exception with a message only.</summary>
    public DatabaseException() : this("DatabaseException") { }

    /// <summary>Creates the exception with a message only.</summary>
    public DatabaseException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public DatabaseException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception carrying a Neo4j status code.</summary>
    public DatabaseException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}
