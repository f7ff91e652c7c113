namespace Facilitation.Web.Routines;

/// <summary>A day the site is closed (yyyy-MM-dd, local): its routines skip it.</summary>
public sealed record ClosureInput(string? Day);
