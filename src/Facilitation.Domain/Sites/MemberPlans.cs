namespace Facilitation.Domain.Sites;

/// <summary>
/// What a site sells its members (the <c>plans</c> section of its site file); the defaults are
/// Casaco's fact sheet: resident 340 € HT a month, nomad 250 € HT a month, a pass of 10 days or
/// 15 half-days for 150 € HT. A pass is valid for <see cref="PassValidityMonths"/> from its sale.
/// </summary>
public sealed record MemberPlans
{
    public decimal ResidentMonthlyEuros { get; init; } = 340m;

    public decimal NomadMonthlyEuros { get; init; } = 250m;

    public decimal PassEuros { get; init; } = 150m;

    public int PassValidityMonths { get; init; } = 6;

    /// <summary>The last day a pass sold on <paramref name="saleDay"/> may be used (through the end of that day).</summary>
    public DateOnly PassLastDay(DateOnly saleDay) => saleDay.AddMonths(PassValidityMonths).AddDays(-1);
}
