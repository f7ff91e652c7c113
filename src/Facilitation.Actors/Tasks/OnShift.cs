using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;

namespace Facilitation.Actors.Tasks;

/// <summary>Who is on shift at an instant, according to a week ledger.</summary>
public static class OnShift
{
    /// <summary>Holders of a started shift, or of a claimed one whose planned time covers the instant.</summary>
    public static IReadOnlyList<PersonId> At(WeekLedgerState week, DateTimeOffset now) =>
        week.Live
            .Where(s => s.Holder is not null
                && (s.Status == ShiftStatus.Started || (s.Status == ShiftStatus.Claimed && s.Planned.Start <= now && now < s.Planned.End)))
            .Select(s => s.Holder!.Value)
            .Distinct()
            .OrderBy(p => p.Value, StringComparer.Ordinal)
            .ToList();
}
