namespace Facilitation.Domain.Members;

/// <summary>The reasons the membership of a site refuses a command, as stable codes.</summary>
public static class MemberRejectionCodes
{
    /// <summary>No member with that id at this site (404).</summary>
    public const string NotFound = "member.not-found";

    /// <summary>A new member's id is already taken (409).</summary>
    public const string Exists = "member.exists";

    /// <summary>The name is empty or longer than <see cref="MemberEntry.MaxNameLength"/> (400, field "name").</summary>
    public const string NameInvalid = "member.name-invalid";

    /// <summary>A plan outside the list (400, field "plan").</summary>
    public const string PlanInvalid = "member.plan-invalid";

    /// <summary>A pass carried over with no units or more than a pass holds (400, field "units").</summary>
    public const string UnitsInvalid = "member.units-invalid";

    /// <summary>A check-in by a member with no plan (409; a welcome task is raised).</summary>
    public const string NoPlan = "member.no-plan";

    /// <summary>A pass sold to a member on a monthly subscription (409): change their plan first.</summary>
    public const string Subscribed = "member.subscribed";

    /// <summary>Not enough units left on the pass for this check-in (409; a welcome task is raised).</summary>
    public const string PassExhausted = "pass.exhausted";

    /// <summary>The pass's last day is past (409; a welcome task is raised).</summary>
    public const string PassExpired = "pass.expired";

    /// <summary>A check-in outside the site's opening hours of the day (409).</summary>
    public const string SiteClosed = "site.closed";

    /// <summary>The refusals of an admission that the front desk must sort out with the member.</summary>
    public static bool NeedsFrontDesk(string code) => code is NoPlan or PassExhausted or PassExpired;
}
