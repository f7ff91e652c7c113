namespace Facilitation.Domain.Tests.Model;

/// <summary>What a generated step does to the week.</summary>
public enum StepKind
{
    /// <summary>
    /// Someone publishes a shift starting on day <see cref="WeekStep.Time"/> / 96 of the week at quarter
    /// hour <see cref="WeekStep.Time"/> % 96 of the local day, <see cref="WeekStep.Length"/> quarter hours long.
    /// </summary>
    Publish,

    /// <summary>A client sends an earlier publish again with the same command id.</summary>
    RetryPublish,

    /// <summary>A client sends other times under an earlier publish's command id.</summary>
    ReusePublishId,

    /// <summary>Someone claims a shift for <see cref="WeekStep.Person"/>, through the ledger as the shift actor does.</summary>
    Claim,

    /// <summary>A claim whose shift stops after the ledger reserved the hours and before the claim was persisted.</summary>
    InterruptedClaim,

    /// <summary>A shift wakes up and reports itself to its ledger.</summary>
    WakeUp,

    Release,
    Cancel,
    Start,
    End,
    NoShow,

    /// <summary>A client sends an earlier shift command again with the same command id.</summary>
    RetryCommand,

    /// <summary>A client sends a different command under an earlier shift command's id.</summary>
    ReuseCommandId,
}

/// <summary>
/// One generated step. The numbers are choices resolved against the week as it is when the step
/// runs (which shift, whom, when), so that any list of steps is a valid script and shrinks well.
/// </summary>
/// <param name="Pick">Which shift, earlier command or role.</param>
/// <param name="Person">Whom the step is for (index into the staff).</param>
/// <param name="By">Who sends it (index into the staff; -1 is the shift's holder).</param>
/// <param name="Time">When: read by each kind of step in its own way.</param>
/// <param name="Length">How long a published shift is, in quarter hours.</param>
public sealed record WeekStep(StepKind Kind, int Pick, int Person, int By, int Time, int Length)
{
    public const int TheHolder = -1;

    public override string ToString() => $"{Kind}(pick {Pick}, person {Person}, by {By}, time {Time}, length {Length})";
}
