namespace Facilitation.Domain.Presence;

/// <summary>A command already applied: what it was, and the answer it got.</summary>
public sealed record HandledPresenceCommand(string Fingerprint, PresenceAnswer Answer);
