namespace Facilitation.Web.Routines;

/// <summary>A task of a routine: when it appears and when it is due, in hours relative to the round's start.</summary>
public sealed record RoutineTaskInput(string? Key = null, string? Kind = null, string? Title = null, double? AppearsHours = null, double? DueHours = null);
