namespace Facilitation.Domain.Presence;

/// <summary>The reasons the presence of a day refuses a command, as stable codes (and <c>site.closed</c>).</summary>
public static class PresenceRejectionCodes
{
    /// <summary>The building holds its capacity already (409).</summary>
    public const string Full = "presence.full";

    /// <summary>The member is already checked in today (409).</summary>
    public const string AlreadyIn = "presence.already-in";

    /// <summary>A check-out of a member who is not in (409).</summary>
    public const string NotIn = "presence.not-in";

    /// <summary>No visitor with that id today (404).</summary>
    public const string VisitorNotFound = "visitor.not-found";

    /// <summary>The visitor's name is empty or too long (400, field "name").</summary>
    public const string VisitorNameInvalid = "visitor.name-invalid";
}
