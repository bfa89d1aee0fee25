namespace GeoGraph.Bolt;

/// <summary>Configures a driver. Every setting has a safe default; times must be positive (or infinite where said).</summary>
public sealed class DriverConfigBuilder
{
    internal DriverConfig Config { get; private set; } = new();

    /// <summary>Most connections the pool opens to the server (default 100).</summary>
    public DriverConfigBuilder WithMaxConnectionPoolSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Config = Config with { MaxConnectionPoolSize = size };
        return this;
    }

    /// <summary>How long a session waits for a pooled connection before failing (default 60 s).</summary>
    public DriverConfigBuilder WithConnectionAcquisitionTimeout(TimeSpan timeout)
    {
        Config = Config with { ConnectionAcquisitionTimeout = Positive(timeout) };
        return this;
    }

    /// <summary>How long opening a connection (TCP, TLS, handshake, login) may take (default 30 s).</summary>
    public DriverConfigBuilder WithConnectionTimeout(TimeSpan timeout)
    {
        Config = Config with { ConnectionTimeout = Positive(timeout) };
        return this;
    }

    /// <summary>
    /// How long a single read may wait for the server (default 120 s). A silent server then fails the call with
    /// <see cref="ServiceUnavailableException"/> instead of hanging it. <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public DriverConfigBuilder WithSocketReadTimeout(TimeSpan timeout)
    {
        Config = Config with { SocketReadTimeout = timeout == Timeout.InfiniteTimeSpan ? timeout : Positive(timeout) };
        return this;
    }

    /// <summary>Idle pooled connections older than this are closed instead of reused (default: never).</summary>
    public DriverConfigBuilder WithConnectionIdleTimeout(TimeSpan timeout)
    {
        Config = Config with { ConnectionIdleTimeout = timeout == Timeout.InfiniteTimeSpan ? timeout : Positive(timeout) };
        return this;
    }

    /// <summary>
    /// Idle pooled connections older than this are checked with a RESET before reuse; dead ones are dropped
    /// (default 5 min; <see cref="TimeSpan.Zero"/> checks every time, <see cref="Timeout.InfiniteTimeSpan"/> never).
    /// </summary>
    public DriverConfigBuilder WithConnectionLivenessCheckTimeout(TimeSpan threshold)
    {
        if (threshold < TimeSpan.Zero && threshold != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "Must be zero, positive or infinite.");
        }

        Config = Config with { LivenessCheckThreshold = threshold };
        return this;
    }

    /// <summary>Longest time managed transactions keep retrying transient failures (default 30 s; zero disables retries).</summary>
    public DriverConfigBuilder WithMaxTransactionRetryTime(TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero);
        Config = Config with { MaxTransactionRetryTime = time };
        return this;
    }

    /// <summary>First delay between managed-transaction retries (default 1 s); it doubles each retry, with ±20 % jitter.</summary>
    public DriverConfigBuilder WithTransactionRetryInitialDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Config = Config with { RetryInitialDelay = delay };
        return this;
    }

    /// <summary>Records fetched per PULL (default 1000; -1 fetches everything at once).</summary>
    public DriverConfigBuilder WithFetchSize(long size)
    {
        if (size == 0 || size < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "Fetch size must be positive or -1 (all).");
        }

        Config = Config with { FetchSize = size };
        return this;
    }

    /// <summary>The <c>user_agent</c> sent in HELLO (default <c>GeoGraph.Bolt/1.0</c>).</summary>
    public DriverConfigBuilder WithUserAgent(string userAgent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgent);
        Config = Config with { UserAgent = userAgent };
        return this;
    }

    /// <summary>
    /// Asks the server (Bolt 5.2+, sent with HELLO) to report only notifications of at least
    /// <paramref name="minimumSeverity"/> and none of <paramref name="disabledCategories"/>. A null argument leaves
    /// that part to the server. Sessions may override it (<see cref="SessionConfigBuilder.WithNotifications"/>).
    /// </summary>
    public DriverConfigBuilder WithNotifications(NotificationSeverity? minimumSeverity, IEnumerable<NotificationCategory>? disabledCategories)
    {
        Config = Config with { Notifications = Internal.Driver.NotificationConfig.Of(minimumSeverity, disabledCategories) };
        return this;
    }

    /// <summary>Asks the server (Bolt 5.2+) to send no notifications at all (<c>notifications_minimum_severity: OFF</c>).</summary>
    public DriverConfigBuilder WithNotificationsDisabled()
    {
        Config = Config with { Notifications = Internal.Driver.NotificationConfig.Off };
        return this;
    }

    /// <summary>
    /// Stops the driver from sending TELEMETRY (which API started each piece of work) to servers that ask for it
    /// (Bolt 5.4+). Telemetry is on by default, as in Neo4j's drivers; it carries no query data.
    /// </summary>
    public DriverConfigBuilder WithTelemetryDisabled(bool disabled)
    {
        Config = Config with { TelemetryDisabled = disabled };
        return this;
    }

    private static TimeSpan Positive(TimeSpan value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, name);
        return value;
    }
}
