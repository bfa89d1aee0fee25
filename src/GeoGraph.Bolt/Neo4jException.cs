namespace GeoGraph.Bolt;

/// <summary>
/// Base of every error the driver raises. Server failures carry the Neo4j status code (e.g.
/// <c>Neo.ClientError.Statement.SyntaxError</c>) and, from Bolt 5.7, the GQL status.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public Neo4jException() : this("A Neo4j driver error occurred.") { }

    /// <summary>Creates an exception with a message only.</summary>
    public Neo4jException(string message) : this(message, (Exception?)null) { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public Neo4jException(string message, Exception? innerException) : this(string.Empty, message, innerException) { }

    /// <summary>Creates an exception carrying a Neo4j status code.</summary>
    public Neo4jException(string code, string message, Exception? innerException = null) : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code (<c>Neo.{Classification}.{Category}.{Title}</c>); empty for client-side errors.</summary>
    public string Code { get; }

    /// <summary>The GQLSTATUS code sent by Bolt 5.7+ servers (e.g. <c>42001</c>), or null.</summary>
    public string? GqlStatus { get; init; }

    /// <summary>The GQL status description sent by Bolt 5.7+ servers, or null.</summary>
    public string? GqlStatusDescription { get; init; }

    /// <summary>The GQL classification (<c>CLIENT_ERROR</c>, <c>TRANSIENT_ERROR</c>, ...) from the diagnostic record, or null.</summary>
    public string? GqlClassification { get; init; }

    /// <summary>True when repeating the same work may succeed (managed transactions retry these).</summary>
    public virtual bool IsRetriable => false;

    /// <inheritdoc />
    public override string ToString()
    {
        // Keep codes visible in logs; the message never contains credentials (we never format them into messages).
        var prefix = Code.Length > 0 ? $"{GetType().FullName} [{Code}{(GqlStatus is null ? "" : ", GQL " + GqlStatus)}]" : GetType().FullName;
        return InnerException is null ? $"{prefix}: {Message}" : $"{prefix}: {Message} ---> {InnerException}";
    }
}
