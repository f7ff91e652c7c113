using Akka.Actor;
using Akka.Event;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Persistence;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using static Facilitation.Actors.Shifts.ShiftMessages;

namespace Facilitation.Actors.Shifts;

/// <summary>Marks the shard region of the shifts in the actor registry.</summary>
public sealed class ShiftRegion;

/// <summary>
/// One shift: the only writer of who holds it. A claim first asks the week ledger to reserve the
/// holder's hours (so the ledger may over-count for a moment, never under-count), then persists;
/// every other change is persisted first, then reported to the ledger. A shift that wakes up
/// reports itself, so a ledger left behind by a crash between the two steps catches up.
/// </summary>
public sealed class ShiftActor : JournaledEntity
{
    private const int SnapshotInterval = 50;

    private readonly Site? _site;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _ledgerTimeout;
    private ShiftState _state;

    public ShiftActor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan ledgerTimeout)
    {
        var (site, shift) = EntityIds.Split(entityId);
        SiteId = site;
        PersistenceId = $"shift-{site}-{shift}";
        _site = findSite(site);
        _clock = clock;
        _ledgerTimeout = ledgerTimeout;
        _state = ShiftState.Empty(ShiftId.Parse(shift));

        Recover<SnapshotOffer>(offer => _state = (ShiftState)offer.Snapshot);
        Recover<IShiftEvent>(e => _state = ShiftDecider.Apply(_state, e));
        Ready();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "shift";

    private SiteId SiteId { get; }

    private IActorRef Ledgers => ActorRegistry.For(Context.System).Get<WeekLedgerRegion>();

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan ledgerTimeout) =>
        Props.Create(() => new ShiftActor(entityId, findSite, clock, ledgerTimeout));

    protected override void OnReplaySuccess()
    {
        if (_state.IsOpened) Ledgers.Tell(new WeekLedgerMessages.Execute(SiteId, _state.Id.Week, new LedgerCommands.Report(_state.View())));
    }

    private void Ready()
    {
        Command<Execute>(Handle);
        Command<GetState>(_ => Sender.Tell(new State(_state.IsOpened ? _state.View() : null)));
        Command<CommandResult>(_ => { }); // the ledger's acknowledgement of a wake-up report
        KeepSnapshotsTidy();
    }

    private void Handle(Execute execute)
    {
        if (_site is null)
        {
            Sender.Tell(new CommandResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, "site.not-found"), execute.Command.CommandId)));
            return;
        }

        if (!_state.IsOpened)
        {
            // The shift's definition lives in its week ledger, which published it.
            var replyTo = Sender;
            Ledgers.Ask<WeekLedgerMessages.ShiftFound>(new WeekLedgerMessages.GetShift(SiteId, _state.Id), _ledgerTimeout)
                .PipeTo(Self, replyTo, found => new DefinitionLoaded(found.Shift, execute), ex => new StepFailed(ex));
            BecomeStacked(AwaitingDefinition);
            return;
        }

        Decide(execute, Sender);
    }

    private void AwaitingDefinition()
    {
        Command<DefinitionLoaded>(loaded =>
        {
            UnbecomeStacked();
            Stash.UnstashAll();
            if (loaded.Shift is null || loaded.Shift.Id != _state.Id)
            {
                Sender.Tell(new CommandResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, RejectionCodes.ShiftNotFound), loaded.Execute.Command.CommandId)));
                return;
            }
            var replyTo = Sender;
            var planned = loaded.Shift.Planned;
            Persist(new ShiftEvents.Opened(_state.Id, loaded.Shift.Role, planned.Start, planned.End), opened =>
            {
                _state = ShiftDecider.Apply(_state, opened);
                Decide(loaded.Execute, replyTo);
            });
        });
        Command<StepFailed>(failed =>
        {
            UnbecomeStacked();
            Stash.UnstashAll();
            Log.Warning(failed.Cause, "Could not read the definition of {0}", PersistenceId);
            TellUnavailable(Sender, "ledger");
        });
        CommandAny(_ => Stash.Stash());
    }

    private void Decide(Execute execute, IActorRef replyTo)
    {
        var decision = Decided(ShiftDecider.Decide(_state, Stamped(execute.Command), _site!.Rules), execute.Command.CommandId);
        switch (decision)
        {
            case Decision<IShiftEvent, ShiftView>.Repeat repeat:
                replyTo.Tell(new CommandResult.Accepted(repeat.FirstAnswer, Repeated: true));
                break;
            case Decision<IShiftEvent, ShiftView>.Reject reject:
                replyTo.Tell(new CommandResult.Rejected(reject.Why));
                break;
            case Decision<IShiftEvent, ShiftView>.Accept accept when accept.Events.Count == 1 && ShiftDecider.NeedsHoursOf(accept.Events[0]) is { } person:
                ReserveThenPersist(accept.Events[0], person, replyTo);
                break;
            case Decision<IShiftEvent, ShiftView>.Accept accept:
                PersistThenReport(accept.Events, replyTo);
                break;
        }
    }

    /// <summary>Times are the server's, taken when the command is decided, not the client's.</summary>
    private IShiftCommand Stamped(IShiftCommand command) => command switch
    {
        ShiftCommands.Start s => s with { At = _clock.GetUtcNow() },
        ShiftCommands.End e => e with { At = _clock.GetUtcNow() },
        ShiftCommands.MarkNoShow n => n with { At = _clock.GetUtcNow() },
        ShiftCommands.RecordWorked w => w with { Now = _clock.GetUtcNow() },
        _ => command,
    };

    /// <summary>A new holder (claim, reassignment, handover): their hours are reserved in the week ledger first, then the change is persisted.</summary>
    private void ReserveThenPersist(IShiftEvent claimed, PersonId holder, IActorRef replyTo)
    {
        var reserve = new LedgerCommands.Reserve(_state.Id, holder, _site!.FindStaff(holder));
        Ledgers.Ask<CommandResult>(new WeekLedgerMessages.Execute(SiteId, _state.Id.Week, reserve), _ledgerTimeout)
            .PipeTo(Self, replyTo, result => new LedgerAnswered(result, claimed), ex => new StepFailed(ex));
        BecomeStacked(() => AwaitingLedger(claimed));
    }

    private void AwaitingLedger(IShiftEvent claimed)
    {
        Command<LedgerAnswered>(answer =>
        {
            var replyTo = Sender;
            switch (answer.Result)
            {
                case CommandResult.Accepted:
                    PersistAccepted([claimed], e =>
                    {
                        Applied(e);
                        replyTo.Tell(new CommandResult.Accepted(_state.View(), Repeated: false));
                        PublishToSite(SiteId, new SiteEvents.ShiftChanged(SiteId, _state.View()));
                        UnbecomeStacked();
                        Stash.UnstashAll();
                    });
                    break;
                default:
                    replyTo.Tell(answer.Result);
                    UnbecomeStacked();
                    Stash.UnstashAll();
                    break;
            }
        });
        Command<StepFailed>(failed =>
        {
            Log.Warning(failed.Cause, "The week ledger did not answer a claim of {0}", PersistenceId);
            TellUnavailable(Sender, "ledger");
            UnbecomeStacked();
            Stash.UnstashAll();
        });
        CommandAny(_ => Stash.Stash());
    }

    private void PersistThenReport(IReadOnlyList<IShiftEvent> events, IActorRef replyTo)
    {
        // Report from the last persist handler, not from DeferAsync: commands stay stashed only until
        // the persist handlers have run, so a command arriving meanwhile (a claim right behind a
        // release) would be handled before a deferred report and its Reserve would reach the ledger
        // first, to be overwritten there by this older report.
        var last = events[^1];
        PersistAccepted(events, e =>
        {
            Applied(e);
            if (!ReferenceEquals(e, last)) return;
            var view = _state.View();
            // Acknowledged once persisted here; the ledger's copy follows, and is repaired by the
            // next wake-up report if this one is lost.
            Ledgers.Ask<CommandResult>(new WeekLedgerMessages.Execute(SiteId, _state.Id.Week, new LedgerCommands.Report(view)), _ledgerTimeout)
                .PipeTo(Self, replyTo, _ => new Reported(view), ex => new ReportFailed(ex, view));
            BecomeStacked(AwaitingReport);
        });
    }

    private void AwaitingReport()
    {
        Command<Reported>(reported => Finish(reported.View));
        Command<ReportFailed>(failed =>
        {
            Log.Warning(failed.Cause, "The week ledger did not take the report of {0}; it will on the next wake-up", PersistenceId);
            Finish(failed.View);
        });
        CommandAny(_ => Stash.Stash());
    }

    private void Finish(ShiftView view)
    {
        Sender.Tell(new CommandResult.Accepted(view, Repeated: false));
        PublishToSite(SiteId, new SiteEvents.ShiftChanged(SiteId, view));
        UnbecomeStacked();
        Stash.UnstashAll();
    }

    private void Applied(IShiftEvent e)
    {
        _state = ShiftDecider.Apply(_state, e);
        SnapshotEvery(SnapshotInterval, _state);
    }



    private sealed record DefinitionLoaded(LedgerShift? Shift, Execute Execute);

    private sealed record LedgerAnswered(CommandResult Result, IShiftEvent Claimed);

    private sealed record StepFailed(Exception Cause);

    private sealed record Reported(ShiftView View);

    private sealed record ReportFailed(Exception Cause, ShiftView View);
}

public static class ShiftActorHosting
{
    public static AkkaConfigurationBuilder AddShifts(
        this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan ledgerTimeout, ShardOptions options) =>
        builder.WithShardRegion<ShiftRegion>(
            "shift",
            entityId => ShiftActor.PropsFor(entityId, findSite, clock, ledgerTimeout),
            new EntityMessageExtractor(),
            options);
}
