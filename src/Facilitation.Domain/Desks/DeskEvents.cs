using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Desks;

public static class DeskEvents
{
    public sealed record Assigned(CommandId CommandId, PersonId Member, PersonId By, DateTimeOffset At) : IDeskEvent;

    public sealed record Unassigned(CommandId CommandId, PersonId Member, PersonId By, DateTimeOffset At) : IDeskEvent;

    public sealed record Taken(PersonId Member, DateOnly Day, DateTimeOffset At) : IDeskEvent;

    public sealed record Released(PersonId Member, DateTimeOffset At) : IDeskEvent;
}
