namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>
/// Turns FAILURE metadata into a typed exception. Before Bolt 5.7 the map is {code, message}; from 5.7 it is
/// {neo4j_code, message, gql_status, description, diagnostic_record, cause} where <c>cause</c> nests the same shape.
/// The classification in the Neo4j code (<c>Neo.{ClientError|TransientError|DatabaseError}.*</c>) picks the type.
/// </summary>
internal static class ErrorMapper
{
    public static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata) => FromFailure(metadata, isCause: false);

    private static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata, bool isCause)
    {
        var cause = metadata.TryGetValue("cause", out var c) && c is IReadOnlyDictionary<string, object?> causeMap
            ? FromFailure(causeMap, isCause: true)
            : null;

        // A GQL cause usually has no Neo4j code of its own; it is then a plain Neo4jException carrying its GQL status.
        var code = Text(metadata, "neo4j_code") ?? Text(metadata, "code") ?? (isCause ? "" : "Neo.DatabaseError.General.UnknownError");
        var message = Text(metadata, "message") ?? "The server reported a failure without a message.";
        var gql = Text(metadata, "gql_status");
        var description = Text(metadata, "description");
        var classification = metadata.TryGetValue("diagnostic_record", out var d) && d is IReadOnlyDictionary<string, object?> record
            ? Text(record, "_classification")
            : null;

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

        return error is SessionExpiredException
            ? error
            : Decorate(error, gql, description, classification);
    }

    private static Neo4jException Decorate(Neo4jException e, string? gql, string? description, string? classification) => e switch
    {
        AuthenticationException a => new AuthenticationException(a.Code, a.Message, a.InnerException) { GqlStatus = gql, GqlStatusDescription = description, GqlClassification = classification },
        TransientException t => new TransientException(t.Code, t.Message, t.InnerException) { GqlStatus = gql, GqlStatusDescription = description, GqlClassification = classification },
        ClientException x => new ClientException(x.Code, x.Message, x.InnerException) { GqlStatus = gql, GqlStatusDescription = description, GqlClassification = classification },
        DatabaseException x => new DatabaseException(x.Code, x.Message, x.InnerException) { GqlStatus = gql, GqlStatusDescription = description, GqlClassification = classification },
        _ => new Neo4jException(e.Code, e.Message, e.InnerException) { GqlStatus = gql, GqlStatusDescription = description, GqlClassification = classification },
    };

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) ? v as string : null;
}
