namespace GeoGraph.Bolt;

/// <summary>What the server reported once a result was fully consumed.</summary>
public interface IResultSummary
{
    /// <summary>The query text that was run.</summary>
    string Query { get; }

    /// <summary>The query parameters that were sent.</summary>
    IReadOnlyDictionary<string, object?> QueryParameters { get; }

    /// <summary>Notifications the server attached (from <c>notifications</c>, or Bolt 5.6+ statuses with a Neo4j code).</summary>
    IReadOnlyList<INotification> Notifications { get; }

    /// <summary>GQL status objects as a Bolt 5.6+ server listed them (order kept); empty for older servers.</summary>
    IReadOnlyList<IGqlStatusObject> GqlStatusObjects { get; }

    /// <summary>Update counters (nodes created, properties set, ...).</summary>
    ICounters Counters { get; }

    /// <summary>The server that ran the query.</summary>
    IServerInfo Server { get; }

    /// <summary>The database the query ran against (<c>db</c>), when the server said.</summary>
    string? Database { get; }

    /// <summary>The query type (<c>r</c>, <c>w</c>, <c>rw</c>, <c>s</c>) as the server sent it, or null.</summary>
    string? QueryType { get; }

    /// <summary>Time until the first record was available (<c>t_first</c>), or null.</summary>
    TimeSpan? ResultAvailableAfter { get; }

    /// <summary>Time to consume the result on the server (<c>t_last</c>), or null.</summary>
    TimeSpan? ResultConsumedAfter { get; }

    /// <summary>The bookmark the server sent with this result (auto-commit queries), or null.</summary>
    string? Bookmark { get; }

    /// <summary>All summary metadata the server sent, unparsed.</summary>
    IReadOnlyDictionary<string, object?> Metadata { get; }
}
