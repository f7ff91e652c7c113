using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Rooms;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Shifts;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// One node wired as the product wires it (ActorSystemSetup in the web project): the product's own
/// persistence, a one-node cluster that joins itself, and the week-ledger, shift and task-board
/// shard regions.
/// Started and stopped as a host, so that a second node on the same database is a restart.
/// </summary>
public sealed class FacilitationNode : IAsyncDisposable
{
    /// <summary>Generous: the machine has 2 cores and runs the journal on a real database.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan LedgerTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The deadline ticker's period: long, so that only the board's own timer on the fake clock
    /// escalates during a test (the ticker still wakes every board once, when the node starts).
    /// </summary>
    public static readonly TimeSpan DeadlineTick = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    // Prepended to the product's configuration: the test kit's timeouts, quiet logs, and shorter
    // cluster ticks so that a one-node cluster starts its shard coordinators and leaves in a fraction
    // of a second (the defaults cost about a second per node, and every test starts one or two).
    private const string TestHocon = """
        akka.loglevel = WARNING
        akka.test.default-timeout = 20s
        akka.test.single-expect-default = 15s
        akka.test.timefactor = 1
        akka.cluster.leader-actions-interval = 100ms
        akka.cluster.gossip-interval = 200ms
        akka.cluster.sharding.retry-interval = 200ms
        akka.cluster.singleton.hand-over-retry-interval = 100ms
        """;

    private readonly IHost _host;
    private bool _stopped;

    private FacilitationNode(IHost host, Site site)
    {
        _host = host;
        Site = site;
        System = host.Services.GetRequiredService<ActorSystem>();
        var registry = ActorRegistry.For(System);
        Shifts = registry.Get<ShiftRegion>();
        Ledgers = registry.Get<WeekLedgerRegion>();
        Tasks = registry.Get<TaskBoardRegion>();
        Rooms = registry.Get<RoomRegion>();
        Members = registry.Get<MembershipRegion>();
        Desks = registry.Get<DeskRegion>();
        Presence = registry.Get<PresenceRegion>();
        // Akka's xunit 2 test kit on this node's system, for ExpectMsg and AwaitAssert. It is never
        // disposed: stopping the host terminates the system.
        Kit = new Akka.TestKit.Xunit2.TestKit(System);
    }

    public Site Site { get; }

    public SiteId SiteId => Site.Id;

    public ActorSystem System { get; }

    public IActorRef Shifts { get; }

    public IActorRef Ledgers { get; }

    public IActorRef Tasks { get; }

    public IActorRef Rooms { get; }
    public IActorRef Members { get; }

    public IActorRef Desks { get; }

    public IActorRef Presence { get; }

    public Akka.TestKit.Xunit2.TestKit Kit { get; }

    public static async Task<FacilitationNode> StartAsync(StorageSettings storage, Site site, TimeProvider clock)
    {
        var cluster = new Facilitation.Actors.Hosting.ClusterSettings { Port = 0, LedgerTimeout = LedgerTimeout };
        Func<SiteId, Site?> findSite = id => id == site.Id ? site : null;
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka("facilitation", (builder, _) =>
            {
                var shards = ClusterHosting.ShardOptionsFor(cluster);
                builder
                    .AddHocon(TestHocon, HoconAddMode.Prepend)
                    .AddHocon(Akka.TestKit.TestKitBase.DefaultConfig, HoconAddMode.Append)
                    .AddFacilitationPersistence(storage)
                    .AddFacilitationCluster(cluster)
                    .AddWeekLedgers(findSite, shards)
                    .AddShifts(findSite, clock, cluster.LedgerTimeout, shards)
                    .AddTaskBoards(findSite, [site.Id], clock, cluster.LedgerTimeout, DeadlineTick, shards)
                    .AddRooms(findSite, clock, shards)
                    .AddMemberships(findSite, cluster.LedgerTimeout, shards)
                    .AddDesks(findSite, clock, shards)
                    .AddPresence(findSite, clock, cluster.LedgerTimeout, shards);
            }))
            .Build();

        using (var cts = new CancellationTokenSource(StartTimeout))
            await host.StartAsync(cts.Token);

        var node = new FacilitationNode(host, site);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Akka.Cluster.Cluster.Get(node.System).RegisterOnMemberUp(() => up.TrySetResult());
        await up.Task.WaitAsync(StartTimeout);
        return node;
    }

    public Task<CommandResult> Ledger(IsoWeek week, ILedgerCommand command) =>
        Ledgers.Ask<CommandResult>(new WeekLedgerMessages.Execute(SiteId, week, command), AskTimeout);

    public Task<CommandResult> Shift(ShiftId shift, IShiftCommand command) =>
        Shifts.Ask<CommandResult>(new ShiftMessages.Execute(SiteId, shift, command), AskTimeout);

    public Task<WeekLedgerState> Week(IsoWeek week) =>
        Ledgers.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(SiteId, week), AskTimeout);

    public Task<TaskBoardMessages.TaskResult> Task(ITaskCommand command) =>
        Tasks.Ask<TaskBoardMessages.TaskResult>(new TaskBoardMessages.Execute(SiteId, command), AskTimeout);

    public Task<object> Plan(TaskCommands.Plan plan) =>
        Tasks.Ask<object>(new TaskBoardMessages.PlanTasks(SiteId, plan), AskTimeout);

    public Task<RoomMessages.RoomResult> Room(string room, Facilitation.Domain.Rooms.IRoomCommand command) =>
        Rooms.Ask<RoomMessages.RoomResult>(new RoomMessages.Execute(SiteId, room, command), AskTimeout);

    /// <summary>The room's live bookings of the next year, in time order (its first page: the tests book a few).</summary>
    public async Task<IReadOnlyList<Facilitation.Domain.Rooms.Booking>> LiveBookings(string room) =>
        (await Rooms.Ask<Facilitation.Domain.Paging.Page<Facilitation.Domain.Rooms.Booking>>(
            new RoomMessages.GetDay(SiteId, room, new TimeRange(TestSite.At(-400, 0), TestSite.At(400, 0))), AskTimeout)).Items;

    /// <summary>The board's whole state, every task it ever had (this node is the board's).</summary>
    public Task<TaskBoardState> Board() =>
        Tasks.Ask<TaskBoardState>(new TaskBoardMessages.GetWholeBoard(SiteId), AskTimeout);

    /// <summary>The shift's own view of itself (null when it was never opened).</summary>
    public async Task<ShiftView?> ShiftView(ShiftId shift) =>
        (await Shifts.Ask<ShiftMessages.State>(new ShiftMessages.GetState(SiteId, shift), AskTimeout)).View;

    /// <summary>Publishes a shift in <see cref="TestSite.Week"/> as a co-manager and returns its id.</summary>
    public async Task<ShiftId> PublishAsync(TimeRange range, ShiftRole role = ShiftRole.Welcome)
    {
        var result = await Ledger(TestSite.Week, new LedgerCommands.Publish(
            TestSite.NewCommandId("publish"), TestSite.CoManager, ShiftId.New(TestSite.Week), role, range));
        return Assert.IsType<CommandResult.Accepted>(result).View.Id;
    }

    /// <summary>Stops the host: coordinated shutdown of the cluster node and the actor system.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        using (var cts = new CancellationTokenSource(StartTimeout))
            await _host.StopAsync(cts.Token);
        await System.WhenTerminated.WaitAsync(StartTimeout);
        _host.Dispose();
    }
}
