namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>
/// Waits for the summary (SUCCESS, FAILURE or IGNORED) of one request in the connection's FIFO pipeline.
/// RECORDs before the summary go to <see cref="OnRecord"/>. An IGNORED request completes with the failure
/// that caused the server to ignore it, so callers see the real error.
/// </summary>
internal class ResponseHandler
{
    public bool IsCompleted { get; private set; }

    public IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    public Neo4jException? Error { get; private set; }

    public bool WasIgnored { get; private set; }

    public virtual void OnRecord(IReadOnlyList<object?> fields) =>
        throw new ProtocolException("The server sent a RECORD in answer to a request that has no result.");

    public virtual void OnSuccess(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        IsCompleted = true;
    }

    public virtual void OnFailure(Neo4jException error)
    {
        Error = error;
        IsCompleted = true;
    }

    public virtual void OnIgnored(Neo4jException? cause)
    {
        WasIgnored = true;
        Error = cause ?? new ClientException("The server ignored the request because an earlier request failed.");
        IsCompleted = true;
    }

    /// <summary>Throws the failure this request ended with, if any.</summary>
    public void ThrowIfFailed()
    {
        if (Error is not null)
        {
            throw Error;
        }
    }
}
