namespace Facilitation.Domain.Tasks;

/// <summary>A command already applied: what it was, and which task it was about (a retry gets that task as it is now).</summary>
public sealed record HandledTaskCommand(string Fingerprint, TaskId Task);
