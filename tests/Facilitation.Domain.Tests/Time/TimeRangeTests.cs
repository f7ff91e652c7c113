using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Time;

public class TimeRangeTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_range_must_end_after_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new TimeRange(Nine, Nine));
        Assert.Throws<ArgumentException>(() => new TimeRange(Nine, Nine.AddMinutes(-1)));
    }

    [Fact]
    public void A_range_is_kept_in_utc_whatever_offset_it_was_given()
    {
        var range = new TimeRange(Nine, Nine.AddHours(3));

        Assert.Equal(TimeSpan.Zero, range.Start.Offset);
        Assert.Equal(TimeSpan.Zero, range.End.Offset);
        Assert.Equal(Nine, range.Start);
        Assert.Equal(TimeSpan.FromHours(3), range.Duration);
    }

    [Fact]
    public void Ranges_that_only_touch_do_not_overlap()
    {
        var morning = new TimeRange(Nine, Nine.AddHours(3));
        var afternoon = new TimeRange(Nine.AddHours(3), Nine.AddHours(6));

        Assert.False(morning.Overlaps(afternoon));
        Assert.False(afternoon.Overlaps(morning));
        Assert.Null(morning.Intersect(afternoon));
    }

    [Fact]
    public void Overlapping_ranges_intersect_on_their_common_part()
    {
        var morning = new TimeRange(Nine, Nine.AddHours(3));
        var lunch = new TimeRange(Nine.AddHours(2), Nine.AddHours(4));

        Assert.True(morning.Overlaps(lunch));
        Assert.Equal(new TimeRange(Nine.AddHours(2), Nine.AddHours(3)), morning.Intersect(lunch));
    }
}
