namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>A GQL status object read from summary metadata (see <see cref="SummaryStatuses"/>).</summary>
internal sealed record GqlStatusObject(
    string GqlStatus,
    string StatusDescription,
    InputPosition? Position,
    string? RawClassification,
    NotificationCategory Classification,
    string? RawSeverity,
    NotificationSeverity Severity,
    IReadOnlyDictionary<string, object?> DiagnosticRecord,
    bool IsNotification) : IGqlStatusObject;
