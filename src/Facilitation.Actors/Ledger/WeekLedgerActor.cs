using Akka.Actor;
using Akka.Event;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Persistence;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;
using static Facilitation.Actors.Ledger.WeekLedgerMessages;

namespace Facilitation.Actors.Ledger;

/// <summary>Marks the shard region of the week ledgers in the actor registry.</summary>
public sealed class WeekLedgerRegion;

/// <summary>
/// One site-week: the only writer of its paid-hours budget and of each person's weekly hours.
/// Decides with <see cref="WeekLedgerDecider"/>, persists, then answers.
/// </summary>
public sealed class WeekLedgerActor : JournaledEntity
{
    private const int SnapshotInterval = 200;

    private readonly Site? _site;
    private WeekLedgerState _state;

    public WeekLedgerActor(string entityId, Func<SiteId, Site?> findSite)
    {
        var (site, week) = EntityIds.Split(entityId);
        PersistenceId = $"week-{site}-{week}";
        _site = findSite(site);
        _state = WeekLedgerState.Empty(site, IsoWeek.Parse(week));

        Recover<SnapshotOffer>(offer => _state = (WeekLedgerState)offer.Snapshot);
        Recover<ILedgerEvent>(e => _state = WeekLedgerDecider.Apply(_state, e));

        Command<Execute>(Handle);
        Command<GetWeek>(_ => Sender.Tell(_state));
        Command<GetShift>(q => Sender.Tell(new ShiftFound(_state.Find(q.Shift))));
        KeepSnapshotsTidy();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "week-ledger";

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite) =>
        Props.Create(() => new WeekLedgerActor(entityId, findSite));

    private void Handle(Execute execute)
    {
        if (_site is null)
        {
            Sender.Tell(new CommandResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, "site.not-found"), CommandIdOf(execute.Command))));
            return;
        }

        var decision = Decided(WeekLedgerDecider.Decide(_state, execute.Command, _site.Rules, _site.Calendar), CommandIdOf(execute.Command));
        switch (decision)
        {
            case Decision<ILedgerEvent, ShiftView>.Repeat repeat:
                Sender.Tell(new CommandResult.Accepted(repeat.FirstAnswer, Repeated: true));
                break;
            case Decision<ILedgerEvent, ShiftView>.Reject reject:
                Sender.Tell(new CommandResult.Rejected(reject.Why));
                break;
            case Decision<ILedgerEvent, ShiftView>.Accept { Events.Count: 0 }:
                Sender.Tell(new CommandResult.Accepted(Answer(execute.Command), Repeated: false));
                break;
            case Decision<ILedgerEvent, ShiftView>.Accept accept:
                var replyTo = Sender;
                PersistAccepted(accept.Events, e =>
                {
                    _state = WeekLedgerDecider.Apply(_state, e);
                    SnapshotEvery(SnapshotInterval, _state);
                    if (!ReferenceEquals(e, accept.Events[^1])) return;
                    replyTo.Tell(new CommandResult.Accepted(Answer(execute.Command, e), Repeated: false));
                    if (e is LedgerEvents.ShiftPublished published)
                        PublishToSite(_state.Site, new SiteEvents.ShiftChanged(_state.Site, _state.Find(published.Shift)!.View()));
                    PublishToSite(_state.Site, new SiteEvents.WeekChanged(
                        _state.Site, _state.Week, _state.PublishedHours, _state.ClaimedHours, _state.WorkedHours, _state.CommittedHours));
                });
                break;
        }
    }

    /// <summary>Only a publish comes from a client with an id; a reserve or a report comes from a shift.</summary>
    private static CommandId? CommandIdOf(ILedgerCommand command) => command is LedgerCommands.Publish publish ? publish.CommandId : null;

    private ShiftView Answer(ILedgerCommand command, ILedgerEvent? @event = null)
    {
        var id = @event switch
        {
            LedgerEvents.ShiftPublished p => p.Shift,
            _ => command switch
            {
                LedgerCommands.Reserve r => r.Shift,
                LedgerCommands.Report r => r.Shift.Id,
                _ => throw new InvalidOperationException("a publish is answered from its event"),
            },
        };
        return _state.Find(id)?.View() ?? throw new InvalidOperationException($"shift {id} is not in {PersistenceId}");
    }


}

public static class WeekLedgerActorHosting
{
    public static AkkaConfigurationBuilder AddWeekLedgers(this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, ShardOptions options) =>
        builder.WithShardRegion<WeekLedgerRegion>(
            "week-ledger",
            entityId => WeekLedgerActor.PropsFor(entityId, findSite),
            new EntityMessageExtractor(),
            options);
}
