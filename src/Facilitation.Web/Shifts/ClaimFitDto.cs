using System.Globalization;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Sites;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Shifts;

/// <summary>Whether a shift fits a person, with the reason in the reader's language when it does not.</summary>
public sealed record ClaimFitDto(
    string Person,
    bool Fits,
    string? Code,
    string? Reason,
    double PersonHours,
    double PersonHoursAfter,
    double ContractHours,
    double WeekHoursLeft,
    string WeekLeftText)
{
    public static ClaimFitDto From(string person, ClaimFit fit, Site site, CultureInfo culture) => new(
        person,
        fit.Fits,
        fit.Why?.Code,
        fit.Why is { } why ? RejectionText.For(why, site, culture).Detail : null,
        Durations.Decimal(fit.PersonHours),
        Durations.Decimal(fit.PersonHoursAfter),
        Durations.Decimal(fit.Contract),
        Durations.Decimal(fit.WeekLeft),
        HoursLeftText.For(fit.WeekLeft, culture));
}
