namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// The transaction fields BEGIN and auto-commit RUN share: bookmarks, tx_timeout (ms), tx_metadata, mode ("r" for
/// reads; writes are the default and omitted), db and imp_user. Empty values are left out, as servers expect.
/// </summary>
internal sealed record TransactionExtra(
    Bookmarks? Bookmarks,
    TimeSpan? Timeout,
    IReadOnlyDictionary<string, object?>? Metadata,
    AccessMode Mode,
    string? Database,
    string? ImpersonatedUser)
{
    public static readonly TransactionExtra Empty = new(null, null, null, AccessMode.Write, null, null);

    /// <summary>Notification filters of the session (Bolt 5.2+), or null to keep the driver's (sent with HELLO).</summary>
    public Driver.NotificationConfig? Notifications { get; init; }

    public Dictionary<string, object?> ToMap(Protocol.BoltVersion? version = null)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Bookmarks is { Values.Count: > 0 })
        {
            map["bookmarks"] = Bookmarks.Values.Cast<object?>().ToArray();
        }

        if (Timeout is { } t)
        {
            // Whole milliseconds, rounded up: 0 would mean "no timeout" to the server.
            map["tx_timeout"] = (long)Math.Ceiling(t.TotalMilliseconds);
        }

        if (Metadata is { Count: > 0 })
        {
            map["tx_metadata"] = Metadata;
        }

        if (Mode == AccessMode.Read)
        {
            map["mode"] = "r";
        }

        if (Database is not null)
        {
            map["db"] = Database;
        }

        if (ImpersonatedUser is not null)
        {
            map["imp_user"] = ImpersonatedUser;
        }

        if (version is { } v)
        {
            Notifications?.WriteTo(map, v);
        }

        return map;
    }
}
