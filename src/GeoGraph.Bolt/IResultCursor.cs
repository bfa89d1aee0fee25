namespace GeoGraph.Bolt;

/// <summary>Streams a query's records, fetching more from the server (PULL) as they are consumed.</summary>
public interface IResultCursor
{
    /// <summary>The result's column names.</summary>
    Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Moves to the next record; false at the end.</summary>
    Task<bool> FetchAsync(CancellationToken cancellationToken = default);

    /// <summary>The record <see cref="FetchAsync"/> moved to.</summary>
    IRecord Current { get; }

    /// <summary>Reads all remaining records.</summary>
    Task<IReadOnlyList<IRecord>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards the remaining records (DISCARD) and returns the summary.</summary>
    Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}
