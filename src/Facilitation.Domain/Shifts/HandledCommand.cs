namespace Facilitation.Domain.Shifts;

/// <summary>A command already applied: what it was, and the answer it got.</summary>
public sealed record HandledCommand(string Fingerprint, ShiftView Answer);
