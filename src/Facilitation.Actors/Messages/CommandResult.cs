using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;

namespace Facilitation.Actors.Messages;

/// <summary>The answer to every command: sent only once what it changed is in the journal.</summary>
public abstract record CommandResult
{
    private CommandResult() { }

    /// <summary>Applied and persisted; <paramref name="Repeated"/> when it is the first answer of a retried command.</summary>
    public sealed record Accepted(ShiftView View, bool Repeated) : CommandResult;

    public sealed record Rejected(Rejection Why) : CommandResult;

    /// <summary>Nothing is known to be persisted (storage down, a step timed out): safe to retry with the same id.</summary>
    public sealed record Unavailable(string Reason) : CommandResult;
}
