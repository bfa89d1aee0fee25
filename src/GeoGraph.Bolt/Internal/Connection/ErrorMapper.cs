namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>
/// Turns FAILURE metadata into a typed exception. Before Bolt 5.7 the map is {code, message}; from 5.7 it is
/// {neo4j_code, message, gql_status, description, diagnostic_record, cause} where <c>cause</c> nests the same shape.
/// The classification in the Neo4j code (<c>Neo.{ClientError|TransientError|DatabaseError}.*</c>) picks the type.
/// GQL fields follow Neo4j's drivers: a pre-5.7 failure gets the generic status 50N42, and the diagnostic record
/// keeps whatever the server sent, with its three standard entries defaulted when missing.
/// </summary>
internal static class ErrorMapper
{
    /// <summary>GQLSTATUS of a failure that carried none (servers before Bolt 5.7): "general processing exception".</summary>
    public const string UnknownGqlStatus = "50N42";

    private const string UnknownDescriptionPrefix = "error: general processing exception - unexpected error. ";

    public static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata) => FromFailure(metadata, isCause: false);

    /// <summary>The diagnostic record with the standard entries filled in where the server left them out.</summary>
    public static IReadOnlyDictionary<string, object?> DiagnosticRecord(IReadOnlyDictionary<string, object?>? sent)
    {
        var record = sent is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(sent, StringComparer.Ordinal);
        record.TryAdd("CURRENT_SCHEMA", "/");
        record.TryAdd("OPERATION", "");
        record.TryAdd("OPERATION_CODE", "0");
        return record;
    }

    private static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata, bool isCause)
    {
        var cause = metadata.TryGetValue("cause", out var c) && c is IReadOnlyDictionary<string, object?> causeMap
            ? FromFailure(causeMap, isCause: true)
            : null;

        // A GQL cause usually has no Neo4j code of its own; it is then a plain Neo4jException carrying its GQL status.
        var code = Text(metadata, "neo4j_code") ?? Text(metadata, "code") ?? (isCause ? "" : "Neo.DatabaseError.General.UnknownError");
        var message = Text(metadata, "message") ?? "The server reported a failure without a message.";

        Neo4jException error = code switch
        {
            "Neo.ClientError.Security.Unauthorized" => new AuthenticationException(code, message, cause),
            "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" =>
                new SessionExpiredException($"{message} [{code}]", cause),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message, cause),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message, cause),
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new DatabaseException(code, message, cause),
            _ => new Neo4jException(code, message, cause),
        };

        if (Text(metadata, "gql_status") is { } gql)
        {
            var sent = metadata.TryGetValue("diagnostic_record", out var d) ? d as IReadOnlyDictionary<string, object?> : null;
            var raw = sent is not null && sent.TryGetValue("_classification", out var rc) ? rc as string : null;
            error.SetGql(gql, Text(metadata, "description"), Classification(raw), raw, DiagnosticRecord(sent));
        }
        else
        {
            error.SetGql(UnknownGqlStatus, UnknownDescriptionPrefix + message, "UNKNOWN", null, DiagnosticRecord(null));
        }

        return error;
    }

    private static string Classification(string? raw) =>
        raw is "CLIENT_ERROR" or "DATABASE_ERROR" or "TRANSIENT_ERROR" ? raw : "UNKNOWN";

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) ? v as string : null;
}
