namespace GeoGraph.Bolt;

/// <summary>Configures a transaction: server-side timeout and metadata (sent as <c>tx_timeout</c>, <c>tx_metadata</c>).</summary>
public sealed class TransactionConfigBuilder
{
    internal TimeSpan? Timeout { get; private set; }

    internal IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    /// <summary>Server-side transaction timeout; sent in whole milliseconds, rounded up so a small timeout never becomes 0 (= none).</summary>
    public TransactionConfigBuilder WithTimeout(TimeSpan? timeout)
    {
        if (timeout is { } t && t < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), "Timeout must not be negative.");
        }

        Timeout = timeout;
        return this;
    }

    /// <summary>Metadata attached to the transaction (shown by <c>SHOW TRANSACTIONS</c> and in query logs).</summary>
    public TransactionConfigBuilder WithMetadata(IDictionary<string, object?> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = new Dictionary<string, object?>(metadata, StringComparer.Ordinal);
        return this;
    }
}
