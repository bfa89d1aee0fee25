namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>A result's summary, from the RUN SUCCESS (<c>t_first</c>) and the final PULL/DISCARD SUCCESS.</summary>
internal sealed class ResultSummary(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> metadata, long? tFirst, IServerInfo server) : IResultSummary
{
    public string Query { get; } = query;

    public IReadOnlyDictionary<string, object?> QueryParameters { get; } = parameters;

    public IReadOnlyList<INotification> Notifications { get; } = SummaryStatuses.Notifications(metadata);

    public IReadOnlyList<IGqlStatusObject> GqlStatusObjects { get; } = SummaryStatuses.GqlStatusObjects(metadata);

    public ICounters Counters { get; } = new Counters(metadata.TryGetValue("stats", out var s) ? s as IReadOnlyDictionary<string, object?> : null);

    public IServerInfo Server { get; } = server;

    public string? Database => metadata.TryGetValue("db", out var v) ? v as string : null;

    public string? QueryType => metadata.TryGetValue("type", out var v) ? v as string : null;

    public TimeSpan? ResultAvailableAfter { get; } = tFirst is { } t ? TimeSpan.FromMilliseconds(t) : null;

    public TimeSpan? ResultConsumedAfter => metadata.TryGetValue("t_last", out var v) && v is long t ? TimeSpan.FromMilliseconds(t) : null;

    public string? Bookmark => metadata.TryGetValue("bookmark", out var v) ? v as string : null;

    public IReadOnlyDictionary<string, object?> Metadata => metadata;
}
