namespace GeoGraph.Storage;

/// <summary>
/// Where extracted statements go: the embedded SQLite store or Neo4j. Writes are idempotent: an article already stored
/// with the same text changes nothing; an article whose text changed has its old statements replaced.
/// </summary>
public interface IGraphSink : IAsyncDisposable
{
    /// <summary>Writes a batch of articles with their statements in as few transactions as the store allows.</summary>
    /// <param name="batch">The articles and their statements.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled batch leaves no partial article behind.</param>
    /// <returns>What changed.</returns>
    Task<SinkResult> WriteAsync(IReadOnlyList<ArticleStatements> batch, CancellationToken cancellationToken = default);
}
