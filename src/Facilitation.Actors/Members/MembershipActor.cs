using Akka.Actor;
using Akka.Event;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Sites;
using static Facilitation.Actors.Members.MembershipMessages;

namespace Facilitation.Actors.Members;

/// <summary>Marks the shard region of the memberships in the actor registry.</summary>
public sealed class MembershipRegion;

/// <summary>One site's members: the only writer of their plans and of what is left on their passes.</summary>
public sealed class MembershipActor : JournaledEntity
{
    private const int SnapshotInterval = 100;

    private readonly Site? _site;
    private readonly TimeSpan _taskTimeout;
    private MembershipState _state;

    public MembershipActor(string entityId, Func<SiteId, Site?> findSite, TimeSpan taskTimeout)
    {
        _taskTimeout = taskTimeout;
        var (site, _) = EntityIds.Split(entityId);
        PersistenceId = $"members-{site}";
        _site = findSite(site);
        _state = MembershipState.Empty(site);

        Recover<Akka.Persistence.SnapshotOffer>(offer => _state = (MembershipState)offer.Snapshot);
        Recover<IMemberEvent>(e => _state = MembershipDecider.Apply(_state, e));

        Command<Execute>(Handle);
        Command<GetMembers>(q => Sender.Tell(MemberPages.Page(_state, q.After)));
        Command<FindMembers>(q => Sender.Tell(new MembersFound(MemberPages.Find(_state, q.Ids))));
        Command<TaskRaised>(raised =>
        {
            if (raised.Result is not TaskBoardMessages.TaskResult.Accepted) Log.Warning("A front-desk task was not raised: {0}", raised.Result);
        });
        KeepSnapshotsTidy();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "membership";

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeSpan taskTimeout) =>
        Props.Create(() => new MembershipActor(entityId, findSite, taskTimeout));

    protected override object Unavailable(string reason) => new MemberResult.Unavailable(reason);

    private void Handle(Execute execute)
    {
        if (_site is null)
        {
            Sender.Tell(new MemberResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, "site.not-found"), execute.Command.CommandId)));
            return;
        }
        switch (Decided(MembershipDecider.Decide(_state, execute.Command, _site), execute.Command.CommandId))
        {
            case Decision<IMemberEvent, MemberOutcome>.Repeat repeat:
                Sender.Tell(new MemberResult.Accepted(repeat.FirstAnswer, Repeated: true));
                break;
            case Decision<IMemberEvent, MemberOutcome>.Reject reject:
                if (execute.Command is MemberCommands.Admit admit && MemberRejectionCodes.NeedsFrontDesk(reject.Why.Code) && _state.Find(admit.Member) is { } member)
                    RaiseFrontDeskTask(FrontDeskTasks.RefusedAdmission(admit.CommandId, member, reject.Why.Code, admit.At));
                Sender.Tell(new MemberResult.Rejected(reject.Why));
                break;
            case Decision<IMemberEvent, MemberOutcome>.Accept accept:
                var replyTo = Sender;
                PersistAccepted(accept.Events, e =>
                {
                    _state = MembershipDecider.Apply(_state, e);
                    SnapshotEvery(SnapshotInterval, _state);
                    var handled = _state.Handled[e.CommandId];
                    replyTo.Tell(new MemberResult.Accepted(new MemberOutcome(_state.Find(e.Member)!, handled.Charged), Repeated: false));
                });
                break;
        }
    }

    /// <summary>
    /// The front desk sorts it out with the member: a welcome task, under an id derived from the
    /// check-in's, so a retried check-in raises it once. Not awaited: the refusal stands either way.
    /// </summary>
    private void RaiseFrontDeskTask(TaskCommands.Raise raise)
    {
        ActorRegistry.For(Context.System).Get<TaskBoardRegion>()
            .Ask<TaskBoardMessages.TaskResult>(new TaskBoardMessages.Execute(_state.Site, raise), _taskTimeout)
            .PipeTo(Self, success: result => new TaskRaised(result), failure: ex => new TaskRaised(new TaskBoardMessages.TaskResult.Unavailable(ex.Message)));
    }

    private sealed record TaskRaised(TaskBoardMessages.TaskResult Result);
}

public static class MembershipActorHosting
{
    public static AkkaConfigurationBuilder AddMemberships(
        this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, TimeSpan taskTimeout, ShardOptions options) =>
        builder.WithShardRegion<MembershipRegion>(
            "membership", entityId => MembershipActor.PropsFor(entityId, findSite, taskTimeout), new EntityMessageExtractor(), options);
}
