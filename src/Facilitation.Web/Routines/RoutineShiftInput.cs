namespace Facilitation.Web.Routines;

/// <summary>An extra shift of a routine: its role, when it starts relative to the round (hours, negative for set-up), how long.</summary>
public sealed record RoutineShiftInput(string? Role = null, double? FromHours = null, double? Hours = null);
