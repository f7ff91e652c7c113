using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

/// <summary>
/// A member of a site: their plan, what is left on their pass and until when, and what the pass
/// paid for on the last day they came (enough to charge the next check-in).
/// </summary>
/// <param name="Id">A slug, unique within the site ("jeanne-martin").</param>
/// <param name="PassLastDay">The last local day the pass may be used; null when no pass was ever sold.</param>
public sealed record MemberEntry(PersonId Id, string Name, PlanKind Plan, int PassUnits, DateOnly? PassLastDay, DayCharge? LastCharge)
{
    public const int MaxNameLength = 80;
}
