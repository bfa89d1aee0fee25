namespace GeoGraph.Bolt;

/// <summary>The settings a <see cref="DriverConfigBuilder"/> produces; immutable once the driver exists.</summary>
internal sealed record DriverConfig
{
    public int MaxConnectionPoolSize { get; init; } = 100;

    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan SocketReadTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan ConnectionIdleTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    public TimeSpan LivenessCheckThreshold { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public long FetchSize { get; init; } = 1000;

    public string UserAgent { get; init; } = "GeoGraph.Bolt/1.0";

    public Internal.Driver.NotificationConfig? Notifications { get; init; }

    public bool TelemetryDisabled { get; init; }
}
