namespace GeoGraph.Bolt;

/// <summary>A GQL status object of a result summary (Bolt 5.6+ <c>statuses</c>): success, no data, warnings, information.</summary>
public interface IGqlStatusObject
{
    /// <summary>The GQLSTATUS code, e.g. <c>00000</c> (success), <c>02000</c> (no data), <c>01N42</c>.</summary>
    string GqlStatus { get; }

    /// <summary>The status description.</summary>
    string StatusDescription { get; }

    /// <summary>The diagnostic record's <c>_position</c>, or null.</summary>
    InputPosition? Position { get; }

    /// <summary>The diagnostic record's <c>_classification</c> as sent (when text), or null.</summary>
    string? RawClassification { get; }

    /// <summary>The parsed classification.</summary>
    NotificationCategory Classification { get; }

    /// <summary>The diagnostic record's <c>_severity</c> as sent (when text), or null.</summary>
    string? RawSeverity { get; }

    /// <summary>The parsed severity.</summary>
    NotificationSeverity Severity { get; }

    /// <summary>
    /// The diagnostic record as sent, every entry kept, with <c>CURRENT_SCHEMA</c>, <c>OPERATION</c> and
    /// <c>OPERATION_CODE</c> defaulted when absent.
    /// </summary>
    IReadOnlyDictionary<string, object?> DiagnosticRecord { get; }

    /// <summary>True when the status is also a notification (the server gave it a Neo4j code).</summary>
    bool IsNotification { get; }
}
