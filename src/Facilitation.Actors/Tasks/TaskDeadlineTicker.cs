using Akka.Actor;
using Facilitation.Domain.Ids;

namespace Facilitation.Actors.Tasks;

/// <summary>
/// Every so often, asks each site's task board to escalate what is due. The board keeps its own
/// exact timer; this only makes sure a board is running at all after a node restarted or a shard
/// moved (checking twice is harmless: escalation is idempotent).
/// </summary>
public sealed class TaskDeadlineTicker : ReceiveActor, IWithTimers
{
    public TaskDeadlineTicker(IActorRef boards, IReadOnlyList<SiteId> sites, TimeSpan every)
    {
        Receive<Tick>(_ =>
        {
            foreach (var site in sites) boards.Tell(new TaskBoardMessages.CheckDeadlines(site));
        });
        Timers.StartPeriodicTimer("tick", Tick.Instance, TimeSpan.Zero, every);
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props PropsFor(IActorRef boards, IReadOnlyList<SiteId> sites, TimeSpan every) =>
        Props.Create(() => new TaskDeadlineTicker(boards, sites, every));

    private sealed class Tick
    {
        public static readonly Tick Instance = new();
    }
}
