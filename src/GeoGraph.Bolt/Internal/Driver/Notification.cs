namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>A notification read from summary metadata (see <see cref="SummaryStatuses"/>).</summary>
internal sealed record Notification(
    string Code,
    string Title,
    string Description,
    InputPosition? Position,
    string RawSeverityLevel,
    NotificationSeverity SeverityLevel,
    string RawCategory,
    NotificationCategory Category) : INotification;
