using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Neo4j refused a load: the message names the load file that failed and the server's code, so a user can tell a
/// constraint violation from a syntax error from an unreachable server without a stack trace.
/// </summary>
public sealed class Neo4jLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jLoadException() : this("Loading into Neo4j failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public Neo4jLoadException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public Neo4jLoadException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    /// <summary>Wraps a driver error with what the loader was doing.</summary>
    /// <param name="doing">What failed, e.g. <c>cypher/load/statements.cypher</c>.</param>
    /// <param name="error">The driver's error.</param>
    internal Neo4jLoadException(string doing, Neo4jException error)
        : base(string.IsNullOrEmpty(error.Code)
            ? $"Neo4j failed while running {doing}: {error.Message}"
            : $"Neo4j failed while running {doing}: {error.Code}: {error.Message}", error)
    {
        Code = error.Code;
    }

    /// <summary>The server's error code (<c>Neo.ClientError.Statement.SyntaxError</c>), or empty when the driver failed.</summary>
    public string Code { get; } = string.Empty;
}
