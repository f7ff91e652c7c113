using Facilitation.Domain.Ledger;
using Facilitation.Domain.Sites;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Weeks;

public sealed record PersonWeekDto(
    string Person,
    string Name,
    string Role,
    double ContractHours,
    double ClaimedHours,
    double WorkedHours,
    double LeftHours,
    int Shifts)
{
    public static PersonWeekDto From(StaffMember member, PersonWeek? week)
    {
        var claimed = week?.Claimed ?? TimeSpan.Zero;
        return new PersonWeekDto(
            member.Id.Value,
            member.Name,
            member.Role == StaffRole.CoManager ? "co-manager" : "facilitator",
            Durations.Decimal(member.ContractWeeklyHours),
            Durations.Decimal(claimed),
            Durations.Decimal(week?.Worked ?? TimeSpan.Zero),
            Durations.Decimal(member.ContractWeeklyHours - claimed),
            week?.Shifts ?? 0);
    }
}
