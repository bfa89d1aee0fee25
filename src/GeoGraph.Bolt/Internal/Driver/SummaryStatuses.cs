using GeoGraph.Bolt.Internal.Connection;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// Notifications and GQL status objects of a final SUCCESS. Servers before Bolt 5.6 send <c>notifications</c>
/// ({code, title, description, severity, category, position}); 5.6+ send <c>statuses</c> ({gql_status,
/// status_description, neo4j_code, title, description, diagnostic_record{_severity, _classification, _position}}),
/// and those with a Neo4j code double as notifications. Unknown severities and categories stay available raw.
/// </summary>
internal static class SummaryStatuses
{
    public static IReadOnlyList<INotification> Notifications(IReadOnlyDictionary<string, object?> metadata)
    {
        if (metadata.TryGetValue("statuses", out var s) && s is IReadOnlyList<object?> statuses)
        {
            var fromStatuses = new List<INotification>();
            foreach (var status in statuses.OfType<IReadOnlyDictionary<string, object?>>())
            {
                if (Text(status, "neo4j_code") is not { } code)
                {
                    continue;
                }

                var record = status.TryGetValue("diagnostic_record", out var d) ? d as IReadOnlyDictionary<string, object?> : null;
                var severity = record is null ? null : Text(record, "_severity");
                var category = record is null ? null : Text(record, "_classification");
                fromStatuses.Add(new Notification(
                    code,
                    Text(status, "title") ?? "",
                    Text(status, "description") ?? "",
                    record is null ? null : Position(record, "_position"),
                    severity ?? "",
                    ParseSeverity(severity),
                    category ?? "",
                    ParseCategory(category)));
            }

            return fromStatuses;
        }

        if (metadata.TryGetValue("notifications", out var n) && n is IReadOnlyList<object?> notifications)
        {
            return notifications.OfType<IReadOnlyDictionary<string, object?>>()
                .Select(x =>
                {
                    var severity = Text(x, "severity");
                    var category = Text(x, "category");
                    return (INotification)new Notification(
                        Text(x, "code") ?? "",
                        Text(x, "title") ?? "",
                        Text(x, "description") ?? "",
                        Position(x, "position"),
                        severity ?? "",
                        ParseSeverity(severity),
                        category ?? "",
                        ParseCategory(category));
                })
                .ToArray();
        }

        return [];
    }

    /// <summary>The GQL status objects exactly as a Bolt 5.6+ server listed them (order kept); empty before 5.6.</summary>
    public static IReadOnlyList<IGqlStatusObject> GqlStatusObjects(IReadOnlyDictionary<string, object?> metadata)
    {
        if (!metadata.TryGetValue("statuses", out var s) || s is not IReadOnlyList<object?> statuses)
        {
            return [];
        }

        return statuses.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(status =>
            {
                var sent = status.TryGetValue("diagnostic_record", out var d) ? d as IReadOnlyDictionary<string, object?> : null;
                var rawClassification = sent is not null ? Text(sent, "_classification") : null;
                var rawSeverity = sent is not null ? Text(sent, "_severity") : null;
                return (IGqlStatusObject)new GqlStatusObject(
                    Text(status, "gql_status") ?? "",
                    Text(status, "status_description") ?? "",
                    sent is null ? null : Position(sent, "_position"),
                    rawClassification,
                    ParseCategory(rawClassification),
                    rawSeverity,
                    ParseSeverity(rawSeverity),
                    ErrorMapper.DiagnosticRecord(sent),
                    Text(status, "neo4j_code") is not null);
            })
            .ToArray();
    }

    internal static NotificationSeverity ParseSeverity(string? raw) => raw switch
    {
        "WARNING" => NotificationSeverity.Warning,
        "INFORMATION" => NotificationSeverity.Information,
        _ => NotificationSeverity.Unknown,
    };

    internal static NotificationCategory ParseCategory(string? raw) => raw switch
    {
        "HINT" => NotificationCategory.Hint,
        "UNRECOGNIZED" => NotificationCategory.Unrecognized,
        "UNSUPPORTED" => NotificationCategory.Unsupported,
        "PERFORMANCE" => NotificationCategory.Performance,
        "DEPRECATION" => NotificationCategory.Deprecation,
        "SECURITY" => NotificationCategory.Security,
        "TOPOLOGY" => NotificationCategory.Topology,
        "GENERIC" => NotificationCategory.Generic,
        "SCHEMA" => NotificationCategory.Schema,
        _ => NotificationCategory.Unknown,
    };

    private static InputPosition? Position(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var p) && p is IReadOnlyDictionary<string, object?> pos
            && pos.TryGetValue("offset", out var o) && o is long offset
            && pos.TryGetValue("line", out var l) && l is long line
            && pos.TryGetValue("column", out var c) && c is long column
            ? new InputPosition((int)offset, (int)line, (int)column)
            : null;

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) ? v as string : null;
}
