using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Rooms;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;

namespace Facilitation.Actors.Routines;

/// <summary>
/// One round of a routine, as commands to the actors that own the state: the room booked, the
/// extra shifts published through the week ledger (inside its budget), the tasks planned on the
/// board. Every id is derived from (site, routine, day), so a second firing changes nothing.
/// </summary>
public sealed class RoutineRunner(
    IRequiredActor<RoomRegion> rooms,
    IRequiredActor<WeekLedgerRegion> ledgers,
    IRequiredActor<TaskBoardRegion> boards,
    RoutineSettings settings)
{
    /// <summary>Who the routines act as: the site itself, with a co-manager's rights (publishing shifts, booking for an event).</summary>
    public static readonly Caller Routines = new(new PersonId("routines"), StaffRole.CoManager);

    public async Task<RoundOutcome> Run(Site site, RoutineDefinition routine, RoutineOccurrence round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var work = RoutineWork.For(routine, round, PlaceOf(site, routine));
            CommandId Id(string purpose) => RoutineCommandIds.For(site.Id, routine.Id, round.Day, purpose);

            string? roomProblem = null;
            if (work.Booking is { } booking && site.FindRoom(routine.Room) is { } room)
            {
                var book = new RoomCommands.Book(Id("book"), Routines, BookingId.Derive(Id("book").Value), booking.Start, booking.End,
                    BookingKind.Event, routine.Title, site.Name, room.Capacity, OutsideGuests: false, SiteWide: false, now);
                switch (await rooms.ActorRef.Ask<RoomMessages.RoomResult>(new RoomMessages.Execute(site.Id, room.Id, book), settings.AskTimeout, cancellationToken))
                {
                    case RoomMessages.RoomResult.Rejected r: roomProblem = r.Why.Code; break;
                    case RoomMessages.RoomResult.Unavailable: return Incomplete;
                }
            }

            // In order, earliest first: the budget is spent as on the hours grid.
            var published = 0;
            var refused = new List<ShiftRole>();
            var missing = TimeSpan.Zero;
            foreach (var (role, range) in work.Shifts.OrderBy(s => s.Range.Start))
            {
                var week = site.Calendar.WeekOf(range.Start);
                // The id names the shift itself: after an edit of the routine, a changed shift is a new command, not a reused id.
                var publish = new LedgerCommands.Publish(Id($"shift:{role}:{range.Start:O}:{range.End:O}"), Routines, ShiftId.New(week), role, range);
                switch (await ledgers.ActorRef.Ask<CommandResult>(new WeekLedgerMessages.Execute(site.Id, week, publish), settings.AskTimeout, cancellationToken))
                {
                    case CommandResult.Accepted:
                        published++;
                        break;
                    case CommandResult.Rejected { Why: var why }:
                        refused.Add(role);
                        // The first refusal says by how much the week would go over; each later one adds its whole length.
                        missing += why is { Code: RejectionCodes.WeekOverBudget, Would: { } would, Limit: { } limit } && missing == TimeSpan.Zero
                            ? would - limit
                            : range.Duration;
                        break;
                    case CommandResult.Unavailable:
                        return Incomplete;
                }
            }

            var plan = new TaskCommands.Plan(RoutineCommandIds.Source(routine.Id, round.Day), TaskOrigin.Schedule, work.Tasks, now);
            await boards.ActorRef.Ask<TaskBoardMessages.Planned>(new TaskBoardMessages.PlanTasks(site.Id, plan), settings.AskTimeout, cancellationToken);

            if (refused.Count > 0 || roomProblem is not null)
            {
                // The co-managers are told, on the board, instead of the shifts being dropped in silence.
                var raise = new TaskCommands.Raise(Id("tell-co-managers"), null, TaskId.Derive(Id("tell-co-managers").Value), TaskKind.Logistics,
                    ProblemTitle(routine, round, refused.Count, missing, roomProblem), "Co-gérance", TaskOrigin.Schedule, TaskPriority.High, null, now);
                if (await boards.ActorRef.Ask<TaskBoardMessages.TaskResult>(new TaskBoardMessages.Execute(site.Id, raise), settings.AskTimeout, cancellationToken)
                    is TaskBoardMessages.TaskResult.Unavailable)
                    return Incomplete;
            }
            return new RoundOutcome(true, published, refused, missing, roomProblem);
        }
        catch (AskTimeoutException)
        {
            return Incomplete;
        }
    }

    private static RoundOutcome Incomplete => new(false, 0, [], TimeSpan.Zero, null);

    private static string PlaceOf(Site site, RoutineDefinition routine) => site.FindRoom(routine.Room)?.Name ?? site.Name;

    /// <summary>Task titles are in French, the language of the board ("Journée des membres du 05/03 : 3 services hors budget (manque 2 h 30)").</summary>
    public static string ProblemTitle(RoutineDefinition routine, RoutineOccurrence round, int refused, TimeSpan missing, string? roomProblem)
    {
        var day = round.Day.ToString("dd/MM", CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (refused > 0)
            parts.Add($"{refused} service{(refused > 1 ? "s" : "")} hors budget (manque {(int)missing.TotalHours} h {missing.Minutes:00})");
        if (roomProblem is not null) parts.Add("salle non réservée");
        return $"{routine.Title} du {day} : {string.Join(", ", parts)}";
    }
}
