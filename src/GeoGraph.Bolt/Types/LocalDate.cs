using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>
/// A calendar date without time or zone: Bolt's Date structure ('D'), days since 1970-01-01. Covers Neo4j's whole
/// range (years ±999,999,999), wider than <see cref="DateOnly"/>.
/// </summary>
public readonly record struct LocalDate
{
    /// <summary>Creates a date from days since 1970-01-01 (negative before).</summary>
    /// <param name="epochDays">Days since the Unix epoch.</param>
    public LocalDate(long epochDays) => EpochDays = epochDays;

    /// <summary>Creates a date from its year, month and day (proleptic Gregorian).</summary>
    /// <param name="year">Year; may be zero or negative (astronomical numbering).</param>
    /// <param name="month">Month, 1..12.</param>
    /// <param name="day">Day of the month.</param>
    public LocalDate(long year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, TemporalMath.DaysInMonth(year, month));
        EpochDays = TemporalMath.DaysFromCivil(year, month, day);
    }

    /// <summary>Days since 1970-01-01, the value Bolt carries.</summary>
    public long EpochDays { get; }

    /// <summary>The year (astronomical: 0 is 1 BC).</summary>
    public long Year => TemporalMath.CivilFromDays(EpochDays).Year;

    /// <summary>The month, 1..12.</summary>
    public int Month => TemporalMath.CivilFromDays(EpochDays).Month;

    /// <summary>The day of the month.</summary>
    public int Day => TemporalMath.CivilFromDays(EpochDays).Day;

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same date.</returns>
    public static LocalDate FromDateOnly(DateOnly date) => new(date.DayNumber - TemporalMath.UnixEpochDayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>.</summary>
    /// <returns>The same date.</returns>
    /// <exception cref="OverflowException">The year is outside 1..9999.</exception>
    public DateOnly ToDateOnly()
    {
        long dayNumber = EpochDays + TemporalMath.UnixEpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new OverflowException($"Date {this} is outside the years DateOnly can hold (1..9999).");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>ISO 8601 form, e.g. 2024-02-29.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString()
    {
        var (y, m, d) = TemporalMath.CivilFromDays(EpochDays);
        return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}");
    }
}
