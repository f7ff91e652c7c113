namespace Facilitation.Domain.Sites;

/// <summary>The limits a site's week ledger enforces; the defaults are Casaco's and French law's.</summary>
public sealed record LabourRules
{
    /// <summary>Paid hours that may be published in one site-week (85 h at Casaco).</summary>
    public TimeSpan WeeklyBudget { get; init; } = TimeSpan.FromHours(85);

    /// <summary>Consecutive rest between two working days (Code du travail L3131-1).</summary>
    public TimeSpan MinimumDailyRest { get; init; } = TimeSpan.FromHours(11);

    /// <summary>Work in one day (Code du travail L3121-18).</summary>
    public TimeSpan MaximumDailyWork { get; init; } = TimeSpan.FromHours(10);

    /// <summary>Work in one week (Code du travail L3121-20).</summary>
    public TimeSpan MaximumWeeklyWork { get; init; } = TimeSpan.FromHours(48);

    /// <summary>How early the holder may start a shift.</summary>
    public TimeSpan EarliestStartBefore { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after its start a claimed shift not started may be marked a no-show.</summary>
    public TimeSpan NoShowAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest span of work that still leaves the daily rest in a 24-hour day.</summary>
    public TimeSpan MaximumWorkingDaySpan => TimeSpan.FromHours(24) - MinimumDailyRest;
}
