using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Members;

/// <summary>
/// What a check-in uses of a member's pass, by the site's local time. A pass holds 30 units: a full
/// day uses 3, a half-day 2 (10 days or 15 half-days, 150 € either way).
/// <list type="bullet">
/// <item>Before 13:00: a full day (3), or a morning half-day (2) when the member asks for the morning
/// only or when only 2 units are left.</item>
/// <item>From 13:00 until closing: an afternoon half-day (2).</item>
/// <item>A second check-in the same day uses nothing more, except an afternoon check-in after a
/// morning half-day, which uses 1 more unit (the day becomes a full day: 3 in all).</item>
/// <item>A pass is valid through the end of its last day; the next day it is expired.</item>
/// <item>Outside the opening hours of the day (closing time itself included) a check-in is refused.</item>
/// </list>
/// Residents and nomads use nothing.
/// </summary>
public static class PassUse
{
    public const int UnitsPerPass = 30;
    public const int FullDay = 3;
    public const int HalfDay = 2;

    /// <summary>From this local time on, a check-in is an afternoon.</summary>
    public static readonly TimeOnly Afternoon = new(13, 0);

    public static PassCharge Charge(
        PlanKind plan, int unitsLeft, DateOnly? lastDay, DayCharge? charged, DateOnly day, TimeOnly time, OpeningHours? opening, bool morningOnly)
    {
        if (opening is null || time < opening.Opens || time >= opening.Closes) return PassCharge.Refuse(MemberRejectionCodes.SiteClosed);
        switch (plan)
        {
            case PlanKind.Resident or PlanKind.Nomad:
                return PassCharge.Use(0, null);
            case PlanKind.None:
                return PassCharge.Refuse(MemberRejectionCodes.NoPlan);
        }
        if (lastDay is not { } last) return PassCharge.Refuse(MemberRejectionCodes.PassExhausted);
        if (day > last) return PassCharge.Refuse(MemberRejectionCodes.PassExpired);

        var afternoon = time >= Afternoon;
        var cover = charged is { } c && c.Day == day ? c.Cover : (DayCover?)null;
        return cover switch
        {
            DayCover.Full or DayCover.Afternoon => PassCharge.Use(0, cover),
            DayCover.Morning when !afternoon => PassCharge.Use(0, cover),
            DayCover.Morning => Needs(unitsLeft, FullDay - HalfDay, DayCover.Full),
            _ when afternoon => Needs(unitsLeft, HalfDay, DayCover.Afternoon),
            _ when morningOnly || unitsLeft == HalfDay => Needs(unitsLeft, HalfDay, DayCover.Morning),
            _ => Needs(unitsLeft, FullDay, DayCover.Full),
        };
    }

    private static PassCharge Needs(int unitsLeft, int units, DayCover cover) =>
        unitsLeft >= units ? PassCharge.Use(units, cover) : PassCharge.Refuse(MemberRejectionCodes.PassExhausted);
}
