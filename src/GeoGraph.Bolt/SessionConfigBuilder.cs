namespace GeoGraph.Bolt;

/// <summary>Configures a session: target database, access mode, starting bookmarks, fetch size.</summary>
public sealed class SessionConfigBuilder
{
    internal string? Database { get; private set; }

    internal AccessMode AccessMode { get; private set; } = AccessMode.Write;

    internal Bookmarks? Bookmarks { get; private set; }

    internal long? FetchSize { get; private set; }

    internal string? ImpersonatedUser { get; private set; }

    internal Internal.Driver.NotificationConfig? Notifications { get; private set; }

    /// <summary>
    /// Overrides the driver's notification filters for this session's queries and transactions (Bolt 5.2+, sent with
    /// BEGIN or auto-commit RUN): at least <paramref name="minimumSeverity"/>, none of
    /// <paramref name="disabledCategories"/>; a null argument leaves that part as the driver set it.
    /// </summary>
    public SessionConfigBuilder WithNotifications(NotificationSeverity? minimumSeverity, IEnumerable<NotificationCategory>? disabledCategories)
    {
        Notifications = Internal.Driver.NotificationConfig.Of(minimumSeverity, disabledCategories);
        return this;
    }

    /// <summary>Asks the server to send this session no notifications at all (Bolt 5.2+).</summary>
    public SessionConfigBuilder WithNotificationsDisabled()
    {
        Notifications = Internal.Driver.NotificationConfig.Off;
        return this;
    }

    /// <summary>The database to use (sent as <c>db</c>); the server's default database when not set.</summary>
    public SessionConfigBuilder WithDatabase(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        Database = database;
        return this;
    }

    /// <summary>Access mode of auto-commit queries and explicit transactions (managed ones choose their own).</summary>
    public SessionConfigBuilder WithDefaultAccessMode(AccessMode mode)
    {
        AccessMode = mode;
        return this;
    }

    /// <summary>Bookmarks the first transaction must wait for (e.g. another session's <see cref="IAsyncSession.LastBookmarks"/>).</summary>
    public SessionConfigBuilder WithBookmarks(params Bookmarks[] bookmarks)
    {
        ArgumentNullException.ThrowIfNull(bookmarks);
        Bookmarks = Bookmarks.Merge(bookmarks);
        return this;
    }

    /// <summary>Records fetched per PULL in this session (overrides the driver's setting; -1 fetches all).</summary>
    public SessionConfigBuilder WithFetchSize(long size)
    {
        if (size == 0 || size < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "Fetch size must be positive or -1 (all).");
        }

        FetchSize = size;
        return this;
    }

    /// <summary>Runs the session's work as another user (sent as <c>imp_user</c>, Bolt 4.4+).</summary>
    public SessionConfigBuilder WithImpersonatedUser(string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ImpersonatedUser = user;
        return this;
    }
}
