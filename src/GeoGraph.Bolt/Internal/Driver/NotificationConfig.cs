using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// What a client asks the server not to report (Bolt 5.2+): a minimum severity (or none at all: <c>OFF</c>) and
/// categories to leave out. Each part is sent only when set, so an unset part keeps the server's (or the driver's)
/// choice. From Bolt 5.6 the categories travel as <c>notifications_disabled_classifications</c>.
/// </summary>
internal sealed record NotificationConfig(bool Disabled, NotificationSeverity? MinimumSeverity, IReadOnlyList<NotificationCategory>? DisabledCategories)
{
    public static NotificationConfig Of(NotificationSeverity? minimumSeverity, IEnumerable<NotificationCategory>? disabledCategories)
    {
        if (minimumSeverity == NotificationSeverity.Unknown)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumSeverity), "The minimum severity must be Information or Warning (use WithNotificationsDisabled to turn notifications off).");
        }

        var categories = disabledCategories?.ToArray();
        if (categories is not null && categories.Contains(NotificationCategory.Unknown))
        {
            throw new ArgumentOutOfRangeException(nameof(disabledCategories), "Unknown is not a category the server can filter.");
        }

        return new NotificationConfig(false, minimumSeverity, categories);
    }

    public static readonly NotificationConfig Off = new(true, null, null);

    public void WriteTo(Dictionary<string, object?> extra, BoltVersion version)
    {
        if (version < BoltVersion.V5_2)
        {
            // Older servers have no filters; they report everything, which is what an unfiltered client sees anyway.
            return;
        }

        if (Disabled)
        {
            extra["notifications_minimum_severity"] = "OFF";
            return;
        }

        if (MinimumSeverity is { } severity)
        {
            extra["notifications_minimum_severity"] = severity == NotificationSeverity.Warning ? "WARNING" : "INFORMATION";
        }

        if (DisabledCategories is { } categories)
        {
            var key = version >= BoltVersion.V5_6 ? "notifications_disabled_classifications" : "notifications_disabled_categories";
            extra[key] = categories.Select(c => (object?)c.ToString().ToUpperInvariant()).ToArray();
        }
    }
}
