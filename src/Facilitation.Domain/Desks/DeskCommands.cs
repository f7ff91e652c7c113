using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Desks;

public static class DeskCommands
{
    /// <summary>A co-manager gives a resident desk to a member (the caller checks the role and that the member exists).</summary>
    public sealed record Assign(CommandId CommandId, PersonId Member, PersonId By, DateTimeOffset At) : IDeskCommand;

    public sealed record Unassign(CommandId CommandId, PersonId By, DateTimeOffset At) : IDeskCommand;

    /// <summary>
    /// A member sits down (sent by the site's presence at check-in). Taking a desk one already holds
    /// changes nothing, so it needs no command id: a retry is harmless by itself.
    /// </summary>
    public sealed record Take(PersonId Member, DateTimeOffset At) : IDeskCommand;

    /// <summary>A member leaves (check-out, or a check-in refused after the desk was taken); nothing if they do not hold it.</summary>
    public sealed record Release(PersonId Member, DateTimeOffset At) : IDeskCommand;
}
