using CsCheck;

namespace GeoGraph.Bolt.Tests.PackStream;

public class TemporalTypesTests
{
    [Fact]
    public void LocalDate_matches_DateOnly_over_its_whole_range()
    {
        Gen.DateOnly.Sample(d =>
        {
            var date = LocalDate.FromDateOnly(d);
            Assert.Equal((long)d.Year, date.Year);
            Assert.Equal((d.Month, d.Day), (date.Month, date.Day));
            Assert.Equal(d, date.ToDateOnly());
            Assert.Equal(date, new LocalDate(d.Year, d.Month, d.Day));
        });
    }

    [Fact]
    public void LocalDate_reaches_Neo4j_years_beyond_DateOnly()
    {
        var far = new LocalDate(-999_999_999, 1, 1);
        Assert.Equal((-999_999_999L, 1, 1), (far.Year, far.Month, far.Day));
        Assert.Equal(new LocalDate(far.EpochDays), far);
        Assert.Equal(new LocalDate(1970, 1, 1), new LocalDate(0));
        Assert.Equal(-1, new LocalDate(1969, 12, 31).EpochDays);
        Assert.Equal(new LocalDate(0, 2, 29).EpochDays + 1, new LocalDate(0, 3, 1).EpochDays); // year 0 is a leap year
        Assert.Throws<OverflowException>(() => far.ToDateOnly());
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalDate(2023, 2, 29));
    }

    [Fact]
    public void Times_keep_nanoseconds_that_TimeOnly_cannot()
    {
        var time = new LocalTime(23, 59, 59, 999_999_999);
        Assert.Equal(86_399_999_999_999, time.NanosecondOfDay);
        Assert.Equal("23:59:59.999999999", time.ToString());
        Assert.Equal(new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9_999_999)), time.ToTimeOnly()); // truncated to the tick
        Gen.TimeOnly.Sample(t => Assert.Equal(t, LocalTime.FromTimeOnly(t).ToTimeOnly()));
    }

    [Fact]
    public void DateTime_and_DateTimeOffset_round_trip_through_the_bolt_types()
    {
        Gen.DateTime.Sample(d => Assert.Equal(d.Ticks, LocalDateTime.FromDateTime(d).ToDateTime().Ticks));
        Gen.Select(Gen.DateTime, Gen.Int[-14 * 60, 14 * 60]).Sample((d, minutes) =>
        {
            var offset = TimeSpan.FromMinutes(minutes);
            var local = DateTime.SpecifyKind(d, DateTimeKind.Unspecified);
            if (local.Ticks - offset.Ticks < DateTime.MinValue.Ticks || local.Ticks - offset.Ticks > DateTime.MaxValue.Ticks)
            {
                return;
            }

            var value = new DateTimeOffset(local, offset);
            var zoned = new ZonedDateTime(value);
            Assert.Equal(value, zoned.ToDateTimeOffset());
            Assert.Equal(value.Offset, zoned.ToDateTimeOffset().Offset);
            Assert.Equal(zoned.UtcEpochSeconds + zoned.OffsetSeconds, zoned.LocalEpochSeconds);
        });
    }

    [Fact]
    public void Zone_ids_resolve_offsets_from_either_side()
    {
        // 2024-07-01T12:00:00Z is 14:00 in Stockholm (CEST, +02:00).
        const long utc = 1_719_835_200;
        var fromUtc = ZonedDateTime.FromUtc(utc, 5, "Europe/Stockholm");
        Assert.Equal(7200, fromUtc.OffsetSeconds);
        Assert.Equal(utc + 7200, fromUtc.LocalEpochSeconds);
        Assert.Equal(fromUtc, ZonedDateTime.FromLocal(utc + 7200, 5, "Europe/Stockholm"));
        Assert.Equal("2024-07-01T14:00:00.000000005+02:00[Europe/Stockholm]", fromUtc.ToString());

        var unknown = ZonedDateTime.FromUtc(utc, 0, "Mars/Olympus_Mons");
        Assert.Null(unknown.OffsetSeconds);
        Assert.Null(unknown.LocalEpochSeconds);
        Assert.Throws<InvalidOperationException>(() => unknown.ToDateTimeOffset());
    }

    [Fact]
    public void Durations_convert_from_and_to_TimeSpan_without_months()
    {
        Gen.TimeSpan.Sample(t => Assert.Equal(t, Duration.FromTimeSpan(t).ToTimeSpan()));
        Assert.Equal(new Duration(0, 0, -2, 999_999_900), Duration.FromTimeSpan(TimeSpan.FromTicks(-10_000_001)));
        Assert.Equal(TimeSpan.FromDays(1.5), new Duration(0, 1, 43_200, 0).ToTimeSpan());
        Assert.Throws<InvalidOperationException>(() => new Duration(1, 0, 0, 0).ToTimeSpan());
    }
}
