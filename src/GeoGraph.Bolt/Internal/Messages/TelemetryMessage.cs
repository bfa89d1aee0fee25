using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// TELEMETRY {api} (Bolt 5.4+): tells a server that asked for it (<c>hints: {"telemetry.enabled": true}</c>) which
/// driver API started the work that follows: 0 managed transaction, 1 explicit transaction, 2 auto-commit query.
/// </summary>
internal sealed class TelemetryMessage : RequestMessage
{
    public static readonly TelemetryMessage ManagedTransaction = new(0);
    public static readonly TelemetryMessage ExplicitTransaction = new(1);
    public static readonly TelemetryMessage AutoCommit = new(2);

    private TelemetryMessage(long api) : base(MessageSignatures.Telemetry, "TELEMETRY") => Api = api;

    public long Api { get; }

    public override IReadOnlyList<object?> Fields(BoltVersion version) => [Api];

    public override string ToString() => $"TELEMETRY {Api}";
}
