namespace GeoGraph.Bolt;

/// <summary>
/// Base of every error the driver raises. Server failures carry the Neo4j status code (e.g.
/// <c>Neo.ClientError.Statement.SyntaxError</c>) and, from Bolt 5.7, the GQL status.
/// </summary>
public class Neo4jException : Exception
{
    private string? _gqlStatus;
    private string? _gqlDescription;
    private string? _gqlClassification;
    private string? _gqlRawClassification;
    private IReadOnlyDictionary<string, object?>? _gqlDiagnosticRecord;

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

    /// <summary>
    /// The GQLSTATUS code (e.g. <c>42001</c>). Bolt 5.7+ servers send it; for older servers' failures it is the generic
    /// <c>50N42</c> (unexpected error), as Neo4j's drivers report it. Null for client-side errors.
    /// </summary>
    public string? GqlStatus { get => _gqlStatus; init => _gqlStatus = value; }

    /// <summary>The GQL status description (Bolt 5.7+), or a generic one built from the message for older servers.</summary>
    public string? GqlStatusDescription { get => _gqlDescription; init => _gqlDescription = value; }

    /// <summary>
    /// The GQL classification: <c>CLIENT_ERROR</c>, <c>DATABASE_ERROR</c> or <c>TRANSIENT_ERROR</c> as the diagnostic
    /// record names it, <c>UNKNOWN</c> for anything else (see <see cref="GqlRawClassification"/>); null for client-side errors.
    /// </summary>
    public string? GqlClassification { get => _gqlClassification; init => _gqlClassification = value; }

    /// <summary>The diagnostic record's <c>_classification</c> exactly as the server sent it (when it is text), or null.</summary>
    public string? GqlRawClassification { get => _gqlRawClassification; init => _gqlRawClassification = value; }

    /// <summary>
    /// The GQL diagnostic record as the server sent it (every entry kept, whatever its type), with the standard
    /// entries <c>CURRENT_SCHEMA</c> ("/"), <c>OPERATION</c> ("") and <c>OPERATION_CODE</c> ("0") filled in when
    /// absent; null for client-side errors.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? GqlDiagnosticRecord { get => _gqlDiagnosticRecord; init => _gqlDiagnosticRecord = value; }

    /// <summary>True when repeating the same work may succeed (managed transactions retry these).</summary>
    public virtual bool IsRetriable => false;

    /// <summary>Sets the GQL fields of a server failure (the mapper creates the typed exception first).</summary>
    internal void SetGql(string? status, string? description, string? classification, string? rawClassification, IReadOnlyDictionary<string, object?>? diagnosticRecord)
    {
        _gqlStatus = status;
        _gqlDescription = description;
        _gqlClassification = classification;
        _gqlRawClassification = rawClassification;
        _gqlDiagnosticRecord = diagnosticRecord;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        // Keep codes visible in logs; the message never contains credentials (we never format them into messages).
        var prefix = Code.Length > 0 ? $"{GetType().FullName} [{Code}{(GqlStatus is null ? "" : ", GQL " + GqlStatus)}]" : GetType().FullName;
        return InnerException is null ? $"{prefix}: {Message}" : $"{prefix}: {Message} ---> {InnerException}";
    }
}
