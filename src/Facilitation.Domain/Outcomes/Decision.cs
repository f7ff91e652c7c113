namespace Facilitation.Domain.Outcomes;

/// <summary>What a decider makes of a command: events to persist, a refusal, or the answer of a repeat.</summary>
public abstract record Decision<TEvent, TAnswer>
{
    private Decision() { }

    public sealed record Accept(IReadOnlyList<TEvent> Events) : Decision<TEvent, TAnswer>;

    public sealed record Reject(Rejection Why) : Decision<TEvent, TAnswer>;

    /// <summary>The command id was seen before with the same command: give the first answer, persist nothing.</summary>
    public sealed record Repeat(TAnswer FirstAnswer) : Decision<TEvent, TAnswer>;
}
