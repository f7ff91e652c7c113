namespace Facilitation.Web.Desks;

/// <summary>A desk now: where, which kind, to whom it is assigned and who sits there (ids and names).</summary>
public sealed record DeskDto(
    string Id, int Floor, string Kind, string Area, string? Assignee, string? AssigneeName, string? Occupant, string? OccupantName);
