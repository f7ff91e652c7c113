namespace Facilitation.Web.Routines;

/// <summary>
/// A routine as written in a site file's "routines" section and in the body of
/// PUT /api/sites/{site}/routines/{id}. Every field is optional here so that a missing one is
/// reported by name. Times are in hours relative to the round's start (negative = before).
/// </summary>
public sealed record RoutineInput(
    string? Id = null,
    string? Kind = null,
    string? Title = null,
    string? Rule = null,
    double? DurationHours = null,
    double? LeadHours = null,
    string? Room = null,
    List<RoutineShiftInput?>? Shifts = null,
    List<RoutineTaskInput?>? Tasks = null,
    bool? Enabled = null);
