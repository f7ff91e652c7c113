using Akka.Actor;
using Akka.Event;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Members;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Sites;
using static Facilitation.Actors.Presence.PresenceMessages;

namespace Facilitation.Actors.Presence;

/// <summary>Marks the shard region of the presences in the actor registry.</summary>
public sealed class PresenceRegion;

/// <summary>
/// Who is in one site's building on one local day: the only owner of the count held against the
/// site's capacity. A check-in is a small saga, one at a time (the others wait in the stash):
/// capacity and "already in" here, then the desk takes the member (if one is named), then the
/// membership charges the pass (a refusal releases the desk), then the check-in is persisted and
/// answered. Every step is asked with a time-out; a silent step answers Unavailable, and the same
/// command sent again finds the desk already the member's and the charge already made.
/// </summary>
public sealed class PresenceActor : JournaledEntity
{
    /// <summary>
    /// A snapshot every 500 events. A site's presence lives one day (Casaco: about 250 events), and
    /// its state holds every command of the day for retries, so each snapshot rewrites the whole day
    /// so far; replaying a few hundred small events after a restart costs milliseconds. At 100 the
    /// snapshots were most of what a busy day wrote besides its events (bench: up to 245 KB each).
    /// </summary>
    private const int SnapshotInterval = 500;

    private readonly Site? _site;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _stepTimeout;
    private PresenceState _state;

    public PresenceActor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan stepTimeout)
    {
        var (site, key) = EntityIds.Split(entityId);
        var day = DayOf(key);
        PersistenceId = $"presence-{site}-{day:yyyy-MM-dd}";
        _site = findSite(site);
        _clock = clock;
        _stepTimeout = stepTimeout;
        _state = PresenceState.Empty(site, day);

        Recover<Akka.Persistence.SnapshotOffer>(offer => _state = (PresenceState)offer.Snapshot);
        Recover<IPresenceEvent>(e => _state = PresenceDecider.Apply(_state, e));
        Ready();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "presence";

    private SiteId Site => _state.Site;

    private ActorRegistry Registry => ActorRegistry.For(Context.System);

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan stepTimeout) =>
        Props.Create(() => new PresenceActor(entityId, findSite, clock, stepTimeout));

    protected override object Unavailable(string reason) => new PresenceResult.Unavailable(reason);

    private void Ready()
    {
        Command<Execute>(Handle);
        Command<GetPresence>(q => Sender.Tell(PresenceView.Of(_state, q.MembersAfter, q.VisitorsAfter)));
        Command<DeskResultHeard>(_ => { }); // a release after a check-out or a refusal
        Command<TaskRaised>(raised =>
        {
            if (raised.Result is not TaskBoardMessages.TaskResult.Accepted) Log.Warning("A front-desk task was not raised: {0}", raised.Result);
        });
        KeepSnapshotsTidy();
    }

    private void Handle(Execute execute)
    {
        if (_site is null)
        {
            Sender.Tell(new PresenceResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, "site.not-found"), execute.Command.CommandId)));
            return;
        }
        var command = Stamped(execute.Command);
        var replyTo = Sender;
        switch (Decided(PresenceDecider.Decide(_state, command, _site), command.CommandId))
        {
            case Decision<IPresenceEvent, PresenceAnswer>.Repeat repeat:
                replyTo.Tell(new PresenceResult.Accepted(repeat.FirstAnswer, Repeated: true));
                // What followed the first time may have been lost: doing it again changes nothing.
                if (command is PresenceCommands.CheckOut && repeat.FirstAnswer is { Member: { } left, Desk: { } desk })
                    TellDesk(desk, new DeskCommands.Release(left, command.At));
                if (command is PresenceCommands.VisitorIn visitorIn && _site.FindStaff(visitorIn.Host) is null)
                    RaiseTask(FrontDeskTasks.VisitorForMember(visitorIn.CommandId, visitorIn.HostName, visitorIn.Name, visitorIn.At));
                break;
            case Decision<IPresenceEvent, PresenceAnswer>.Reject reject:
                replyTo.Tell(new PresenceResult.Rejected(reject.Why));
                break;
            case Decision<IPresenceEvent, PresenceAnswer>.Accept { Events: [PresenceEvents.CheckedIn admissible] }:
                if (admissible.Desk is { } wanted) TakeDesk(admissible, wanted, replyTo);
                else Admit(admissible, replyTo, deskTaken: false);
                break;
            case Decision<IPresenceEvent, PresenceAnswer>.Accept { Events: [PresenceEvents.CheckedOut checkedOut] }:
                PersistAccepted([checkedOut], e =>
                {
                    Applied(e);
                    if (e.Desk is { } desk) ReleaseThenReply(desk, e, replyTo);
                    else Reply(e, replyTo);
                });
                break;
            case Decision<IPresenceEvent, PresenceAnswer>.Accept accept:
                PersistAccepted(accept.Events, e =>
                {
                    Applied(e);
                    Reply(e, replyTo);
                    if (e is PresenceEvents.VisitorArrived arrived && command is PresenceCommands.VisitorIn asked) TellHost(arrived, asked);
                });
                break;
        }
    }

    // ——— the check-in saga ———

    private void TakeDesk(PresenceEvents.CheckedIn admissible, string desk, IActorRef replyTo)
    {
        Registry.Get<DeskRegion>()
            .Ask<DeskMessages.DeskResult>(new DeskMessages.Execute(Site, desk, new DeskCommands.Take(admissible.Member, admissible.At)), _stepTimeout)
            .PipeTo(Self, replyTo, result => new DeskAnswered(result), ex => new StepFailed(ex));
        BecomeStacked(() => AwaitingDesk(admissible));
    }

    private void AwaitingDesk(PresenceEvents.CheckedIn admissible)
    {
        Command<DeskAnswered>(answer =>
        {
            var replyTo = Sender;
            UnbecomeStacked();
            switch (answer.Result)
            {
                case DeskMessages.DeskResult.Accepted:
                    Admit(admissible, replyTo, deskTaken: true);
                    return;
                case DeskMessages.DeskResult.Rejected r:
                    replyTo.Tell(new PresenceResult.Rejected(r.Why));
                    break;
                default:
                    replyTo.Tell(new PresenceResult.Unavailable("desk"));
                    break;
            }
            Stash.UnstashAll();
        });
        Command<StepFailed>(failed =>
        {
            Log.Warning(failed.Cause, "Desk {0} did not answer a check-in in {1}", admissible.Desk, PersistenceId);
            TellUnavailable(Sender, "desk");
            UnbecomeStacked();
            Stash.UnstashAll();
        });
        CommandAny(_ => Stash.Stash());
    }

    private void Admit(PresenceEvents.CheckedIn admissible, IActorRef replyTo, bool deskTaken)
    {
        // Under the check-in's own id: a retried check-in is charged once.
        var admit = new MemberCommands.Admit(admissible.CommandId, admissible.Member, admissible.MorningOnly, admissible.At);
        Registry.Get<MembershipRegion>()
            .Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(Site, admit), _stepTimeout)
            .PipeTo(Self, replyTo, result => new MembershipAnswered(result), ex => new StepFailed(ex));
        BecomeStacked(() => AwaitingMembership(admissible, deskTaken));
    }

    private void AwaitingMembership(PresenceEvents.CheckedIn admissible, bool deskTaken)
    {
        Command<MembershipAnswered>(answer =>
        {
            var replyTo = Sender;
            if (answer.Result is MembershipMessages.MemberResult.Accepted accepted)
            {
                PersistAccepted([PresenceDecider.Admitted(admissible, accepted.Outcome)], e =>
                {
                    Applied(e);
                    Reply(e, replyTo);
                    UnbecomeStacked();
                    Stash.UnstashAll();
                });
                return;
            }
            if (deskTaken) TellDesk(admissible.Desk!, new DeskCommands.Release(admissible.Member, admissible.At));
            replyTo.Tell(answer.Result is MembershipMessages.MemberResult.Rejected r
                ? new PresenceResult.Rejected(r.Why)
                : new PresenceResult.Unavailable("membership"));
            UnbecomeStacked();
            Stash.UnstashAll();
        });
        Command<StepFailed>(failed =>
        {
            Log.Warning(failed.Cause, "The membership did not answer a check-in in {0}", PersistenceId);
            if (deskTaken) TellDesk(admissible.Desk!, new DeskCommands.Release(admissible.Member, admissible.At));
            TellUnavailable(Sender, "membership");
            UnbecomeStacked();
            Stash.UnstashAll();
        });
        CommandAny(_ => Stash.Stash());
    }

    // ——— check-out: persisted, then the desk is released, then the answer ———

    private void ReleaseThenReply(string desk, PresenceEvents.CheckedOut checkedOut, IActorRef replyTo)
    {
        Registry.Get<DeskRegion>()
            .Ask<DeskMessages.DeskResult>(new DeskMessages.Execute(Site, desk, new DeskCommands.Release(checkedOut.Member, checkedOut.At)), _stepTimeout)
            .PipeTo(Self, replyTo, result => new DeskAnswered(result), ex => new StepFailed(ex));
        BecomeStacked(() =>
        {
            Command<DeskAnswered>(_ => Released(checkedOut));
            Command<StepFailed>(failed =>
            {
                // The check-out stands; the desk frees itself at closing, or on a retry of this check-out.
                Log.Warning(failed.Cause, "Desk {0} did not answer a release in {1}", desk, PersistenceId);
                Released(checkedOut);
            });
            CommandAny(_ => Stash.Stash());
        });
    }

    private void Released(PresenceEvents.CheckedOut checkedOut)
    {
        Reply(checkedOut, Sender);
        UnbecomeStacked();
        Stash.UnstashAll();
    }

    // ——— telling others ———

    private void TellHost(PresenceEvents.VisitorArrived arrived, PresenceCommands.VisitorIn asked)
    {
        if (_site!.FindStaff(arrived.Host) is not null)
            PublishToSite(Site, new VisitorArrivedNotice(Site, _state.Find(arrived.Visitor)!));
        else
            RaiseTask(FrontDeskTasks.VisitorForMember(arrived.CommandId, asked.HostName, arrived.Name, arrived.At));
    }

    private void RaiseTask(Domain.Tasks.TaskCommands.Raise raise) =>
        Registry.Get<TaskBoardRegion>()
            .Ask<TaskBoardMessages.TaskResult>(new TaskBoardMessages.Execute(Site, raise), _stepTimeout)
            .PipeTo(Self, success: result => new TaskRaised(result), failure: ex => new TaskRaised(new TaskBoardMessages.TaskResult.Unavailable(ex.Message)));

    private void TellDesk(string desk, IDeskCommand command) =>
        Registry.Get<DeskRegion>()
            .Ask<DeskMessages.DeskResult>(new DeskMessages.Execute(Site, desk, command), _stepTimeout)
            .PipeTo(Self, success: result => new DeskResultHeard(result), failure: ex => new DeskResultHeard(new DeskMessages.DeskResult.Unavailable(ex.Message)));

    private void Reply(IPresenceEvent e, IActorRef replyTo)
    {
        replyTo.Tell(new PresenceResult.Accepted(_state.Handled[e.CommandId].Answer, Repeated: false));
        PublishToSite(Site, new PresenceChanged(Site, _state.Day, _state.Count, _state.Members.Values.Where(m => m.Desk is not null).ToList()));
    }

    private void Applied(IPresenceEvent e)
    {
        _state = PresenceDecider.Apply(_state, e);
        SnapshotEvery(SnapshotInterval, _state);
    }

    /// <summary>Times are the server's, taken when the command is decided.</summary>
    private IPresenceCommand Stamped(IPresenceCommand command)
    {
        var now = _clock.GetUtcNow();
        return command switch
        {
            PresenceCommands.CheckIn c => c with { At = now },
            PresenceCommands.CheckOut c => c with { At = now },
            PresenceCommands.VisitorIn v => v with { At = now },
            PresenceCommands.VisitorOut v => v with { At = now },
            _ => command,
        };
    }

    private sealed record DeskAnswered(DeskMessages.DeskResult Result);

    private sealed record DeskResultHeard(DeskMessages.DeskResult Result);

    private sealed record MembershipAnswered(MembershipMessages.MemberResult Result);

    private sealed record StepFailed(Exception Cause);

    private sealed record TaskRaised(TaskBoardMessages.TaskResult Result);
}

public static class PresenceActorHosting
{
    public static AkkaConfigurationBuilder AddPresence(
        this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan stepTimeout, ShardOptions options) =>
        builder.WithShardRegion<PresenceRegion>(
            "presence", entityId => PresenceActor.PropsFor(entityId, findSite, clock, stepTimeout), new EntityMessageExtractor(), options);
}
