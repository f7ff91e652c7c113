namespace Facilitation.Domain.Tests.Tasks;

/// <summary>What a generated step does to the board.</summary>
public enum TaskStepKind
{
    /// <summary>The kiosk or someone on staff raises a task (kind and priority from <see cref="TaskStep.Variant"/>).</summary>
    Raise,

    Claim,
    Complete,
    Reassign,
    Cancel,

    /// <summary>The board's timer fires: <c>EscalateDue</c> at the current time.</summary>
    Escalate,

    /// <summary>A client sends an earlier command again with the same command id.</summary>
    Retry,

    /// <summary>A client sends a different command under an earlier command's id.</summary>
    ReuseCommandId,
}
