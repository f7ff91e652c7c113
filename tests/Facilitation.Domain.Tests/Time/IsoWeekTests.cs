using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Time;

public class IsoWeekTests
{
    [Fact]
    public void A_week_parses_from_and_formats_to_its_iso_text()
    {
        var week = IsoWeek.Parse("2026-W49");

        Assert.Equal(new IsoWeek(2026, 49), week);
        Assert.Equal("2026-W49", week.ToString());
    }

    [Fact]
    public void A_single_digit_week_is_written_with_two_digits()
    {
        Assert.Equal("2027-W01", new IsoWeek(2027, 1).ToString());
        Assert.True(IsoWeek.TryParse("2027-W01", out var week));
        Assert.Equal(new IsoWeek(2027, 1), week);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026W49")]
    [InlineData("2026-W4")]
    [InlineData("2026-W049")]
    [InlineData("2026-w49")]
    [InlineData("2026_W49")]
    [InlineData("abcd-W01")]
    [InlineData("+026-W01")]
    [InlineData("2026-W+9")]
    [InlineData("1999-W10")]
    [InlineData("")]
    [InlineData(" 2026-W49")]
    [InlineData(null)]
    public void A_malformed_or_impossible_week_is_refused(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out var week));
        Assert.Equal(default, week);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_text()
    {
        var error = Assert.Throws<FormatException>(() => IsoWeek.Parse("2026-W54"));
        Assert.Contains("2026-W54", error.Message);
    }

    [Fact]
    public void A_year_that_starts_on_a_thursday_has_a_week_53()
    {
        // 1 January 2026 is a Thursday.
        Assert.True(IsoWeek.TryParse("2026-W53", out var week53));
        Assert.Equal(new DateOnly(2026, 12, 28), week53.Monday);
        Assert.False(IsoWeek.TryParse("2025-W53", out _));
        Assert.False(IsoWeek.TryParse("2027-W53", out _));
    }

    [Theory]
    [InlineData(2027, 1, 1, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2026, 1, 1, "2026-W01")]
    [InlineData(2025, 12, 29, "2026-W01")]
    [InlineData(2025, 12, 28, "2025-W52")]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2026, 12, 6, "2026-W49")]
    [InlineData(2026, 11, 30, "2026-W49")]
    public void A_day_belongs_to_the_iso_week_of_its_thursday(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IsoWeek.Of(new DateOnly(year, month, day)).ToString());
    }

    [Fact]
    public void A_week_starts_on_its_monday_and_lists_its_seven_days()
    {
        var week = IsoWeek.Parse("2026-W49");

        Assert.Equal(new DateOnly(2026, 11, 30), week.Monday);
        Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
        Assert.Equal(
            Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 11, 30).AddDays(i)),
            week.Days);
        Assert.All(week.Days, day => Assert.Equal(week, IsoWeek.Of(day)));
    }

    [Fact]
    public void The_first_week_of_a_year_can_start_in_december()
    {
        Assert.Equal(new DateOnly(2025, 12, 29), IsoWeek.Parse("2026-W01").Monday);
    }

    [Fact]
    public void Next_and_previous_cross_the_year_boundary_through_week_53()
    {
        var week53 = IsoWeek.Parse("2026-W53");

        Assert.Equal(IsoWeek.Parse("2027-W01"), week53.Next());
        Assert.Equal(week53, IsoWeek.Parse("2027-W01").Previous());
        Assert.Equal(IsoWeek.Parse("2026-W52"), week53.Previous());
        Assert.Equal(IsoWeek.Parse("2026-W01"), IsoWeek.Parse("2025-W52").Next());
    }

    [Fact]
    public void Weeks_order_by_year_then_number()
    {
        Assert.True(IsoWeek.Parse("2026-W53").CompareTo(IsoWeek.Parse("2027-W01")) < 0);
        Assert.True(IsoWeek.Parse("2026-W10").CompareTo(IsoWeek.Parse("2026-W09")) > 0);
        Assert.Equal(0, IsoWeek.Parse("2026-W49").CompareTo(new IsoWeek(2026, 49)));
    }
}
