namespace GeoGraph.Storage.Neo4j;

/// <summary>How <see cref="Neo4jGraphSink"/> batches its writes.</summary>
public sealed record Neo4jSinkOptions
{
    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 5_000;

    /// <summary>
    /// The most statements one write transaction carries (default 5,000). Articles are never split across transactions,
    /// so an article with more statements than this still goes in one transaction of its own.
    /// </summary>
    public int BatchSize
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "The batch size must be positive.");
    } = DefaultBatchSize;
}
