namespace GeoGraph.Bolt;

/// <summary>
/// A notification the server attached to a result (warnings, hints, deprecations). Bolt 5.6+ servers send GQL status
/// objects instead; those that carry a Neo4j code are also presented as notifications.
/// </summary>
public interface INotification
{
    /// <summary>The Neo4j notification code, e.g. <c>Neo.ClientNotification.Statement.CartesianProductWarning</c>.</summary>
    string Code { get; }

    /// <summary>A short summary.</summary>
    string Title { get; }

    /// <summary>The long description.</summary>
    string Description { get; }

    /// <summary>Where in the query the notification points, or null.</summary>
    InputPosition? Position { get; }

    /// <summary>The severity as the server sent it (empty when it sent none).</summary>
    string RawSeverityLevel { get; }

    /// <summary>The parsed severity.</summary>
    NotificationSeverity SeverityLevel { get; }

    /// <summary>The category as the server sent it (empty when it sent none).</summary>
    string RawCategory { get; }

    /// <summary>The parsed category.</summary>
    NotificationCategory Category { get; }
}
