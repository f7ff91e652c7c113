using Facilitation.Domain.Routines;

namespace Facilitation.Domain.Tests.Routines;

public class RoutineRuleTests
{
    [Theory]
    [InlineData("daily 08:45")]
    [InlineData("weekly mon,tue,wed,thu,fri 08:45")]
    [InlineData("weekly tue 18:30")]
    [InlineData("monthly 1 thu 10:00")]
    [InlineData("monthly last fri 18:00")]
    public void A_rule_reads_back_as_it_was_written(string text)
    {
        Assert.True(RoutineRule.TryParse(text, out var rule, out _));
        Assert.Equal(text, rule.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("monthly 5 thu 10:00")]
    [InlineData("monthly 1 thu,fri 10:00")]
    [InlineData("weekly tue 25:00")]
    [InlineData("weekly mardi 18:30")]
    [InlineData("every day")]
    public void A_bad_rule_is_refused_with_a_reason(string text)
    {
        Assert.False(RoutineRule.TryParse(text, out _, out var error));
        Assert.NotEmpty(error);
    }

    [Theory]
    [InlineData(2026, 1, 29, true)]
    [InlineData(2026, 1, 22, false)]
    [InlineData(2026, 4, 30, true)]
    [InlineData(2026, 4, 23, false)]
    public void The_last_thursday_is_the_one_with_no_thursday_a_week_later(int y, int m, int d, bool expected) =>
        Assert.Equal(expected, RoutineRule.MonthlyNth(RoutineRule.Last, DayOfWeek.Thursday, new TimeOnly(10, 0)).FallsOn(new DateOnly(y, m, d)));
}
