using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>Formats UTC offsets for the temporal types' ToString.</summary>
internal static class OffsetText
{
    public static string Format(int offsetSeconds)
    {
        char sign = offsetSeconds < 0 ? '-' : '+';
        int abs = Math.Abs(offsetSeconds);
        return abs % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}:{abs % 60:00}");
    }
}
