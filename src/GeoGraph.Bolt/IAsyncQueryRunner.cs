namespace GeoGraph.Bolt;

/// <summary>Something that runs Cypher: a session (auto-commit), a transaction, or the runner handed to managed work.</summary>
public interface IAsyncQueryRunner
{
    /// <summary>Runs a query and returns a cursor over its records. Errors surface here or while fetching.</summary>
    Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);
}
