namespace Facilitation.Domain.Desks;

/// <summary>The reasons a desk refuses a command, as stable codes.</summary>
public static class DeskRejectionCodes
{
    /// <summary>No desk with that id at this site (404).</summary>
    public const string NotFound = "desk.not-found";

    /// <summary>Someone else sits there now; the rejection's holder says who (409).</summary>
    public const string Taken = "desk.taken";

    /// <summary>A resident desk assigned to someone else, or to nobody (409; holder = the assignee).</summary>
    public const string Reserved = "desk.reserved";

    /// <summary>Only resident desks are assigned (409).</summary>
    public const string NotResident = "desk.not-resident";

    /// <summary>The desk is already assigned; holder = to whom (409): unassign it first.</summary>
    public const string Assigned = "desk.assigned";

    /// <summary>Unassigning a desk assigned to nobody (409).</summary>
    public const string NotAssigned = "desk.not-assigned";
}
