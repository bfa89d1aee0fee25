namespace GeoGraph.Bolt;

/// <summary>Severity of a notification or GQL status object, and the minimum severity a client asks the server for.</summary>
public enum NotificationSeverity
{
    /// <summary>The server sent no severity, or one this driver does not know (see the raw value).</summary>
    Unknown = 0,

    /// <summary><c>INFORMATION</c>: worth knowing, nothing wrong.</summary>
    Information,

    /// <summary><c>WARNING</c>: the query may not do what was meant, or may be slow.</summary>
    Warning,
}
