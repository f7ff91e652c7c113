using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using static Facilitation.Domain.Desks.DeskCommands;

namespace Facilitation.Domain.Desks;

/// <summary>
/// The rules of one desk. A resident desk is assigned by a co-manager and only its assignee may sit
/// there; a nomad desk is taken by one member at a time, for the day.
/// </summary>
public static class DeskDecider
{
    public static Decision<IDeskEvent, DeskState> Decide(DeskState state, IDeskCommand command, Desk desk, Site site)
    {
        var fingerprint = Fingerprint(command);
        var id = command switch { Assign a => a.CommandId, Unassign u => u.CommandId, _ => (Ids.CommandId?)null };
        if (id is { } commandId && state.Handled.TryGetValue(commandId, out var seen))
            return seen == fingerprint
                ? new Decision<IDeskEvent, DeskState>.Repeat(state)
                : Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.CommandIdReused));

        var occupant = state.OccupantAt(site, command.At);
        switch (command)
        {
            case Assign assign:
                if (desk.Kind != DeskKind.Resident) return Reject(new Rejection(RejectionKind.Conflict, DeskRejectionCodes.NotResident));
                if (state.Assignee is { } holder) return Reject(new Rejection(RejectionKind.Conflict, DeskRejectionCodes.Assigned) { Holder = holder });
                return Accept(new DeskEvents.Assigned(assign.CommandId, assign.Member, assign.By, assign.At));
            case Unassign unassign:
                if (state.Assignee is not { } assignee) return Reject(new Rejection(RejectionKind.Conflict, DeskRejectionCodes.NotAssigned));
                return Accept(new DeskEvents.Unassigned(unassign.CommandId, assignee, unassign.By, unassign.At));
            case Take take:
                if (desk.Kind == DeskKind.Resident && state.Assignee != take.Member)
                    return Reject(new Rejection(RejectionKind.Conflict, DeskRejectionCodes.Reserved) { Holder = state.Assignee });
                if (occupant == take.Member) return new Decision<IDeskEvent, DeskState>.Accept([]);
                if (occupant is { } other) return Reject(new Rejection(RejectionKind.Conflict, DeskRejectionCodes.Taken) { Holder = other });
                return Accept(new DeskEvents.Taken(take.Member, site.Calendar.DayOf(take.At), take.At));
            case Release release:
                return occupant == release.Member
                    ? Accept(new DeskEvents.Released(release.Member, release.At))
                    : new Decision<IDeskEvent, DeskState>.Accept([]);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown desk command");
        }
    }

    public static DeskState Apply(DeskState state, IDeskEvent @event)
    {
        var next = @event switch
        {
            DeskEvents.Assigned a => state with { Assignee = a.Member, Handled = state.Handled.SetItem(a.CommandId, AssignPrint(a.Member)) },
            DeskEvents.Unassigned u => state with { Assignee = null, Handled = state.Handled.SetItem(u.CommandId, UnassignPrint) },
            DeskEvents.Taken t => state with { Take = new DeskTake(t.Member, t.Day, t.At) },
            DeskEvents.Released r => state with { Take = state.Take?.Member == r.Member ? null : state.Take },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown desk event"),
        };
        return next with { Version = state.Version + 1 };
    }

    private const string UnassignPrint = "unassign";

    private static string AssignPrint(Ids.PersonId member) => $"assign:{member}";

    private static string Fingerprint(IDeskCommand command) => command switch
    {
        Assign a => AssignPrint(a.Member),
        Unassign => UnassignPrint,
        _ => "",
    };

    private static Decision<IDeskEvent, DeskState> Accept(IDeskEvent @event) => new Decision<IDeskEvent, DeskState>.Accept([@event]);

    private static Decision<IDeskEvent, DeskState> Reject(Rejection why) => new Decision<IDeskEvent, DeskState>.Reject(why);
}
