using Facilitation.Actors.Hosting;
using Facilitation.Actors.Routines;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// Several nodes of the product's own routine scheduler (its registration, its settings) on one real
/// PostgreSQL 15: one Quartz cluster. Each test has a scheduler name of its own (rows are keyed by
/// SCHED_NAME, so its nodes see nothing of other tests or of a product run on the same database), a
/// check-in of one second so that a dead node is noticed within seconds, and deletes its rows at the end.
/// </summary>
public sealed class RoutineClusterOnPostgreSqlTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    // Rounds that never catch up, prepared when they start: stored and scheduled at start, not fired during a test
    // (this test host has no actors: a routine that fired would fail to run, which the probe counts would not see).
    private static readonly RoutineDefinition Monthly = new(
        "point-mensuel", RoutineKind.Custom, "Point mensuel", RoutineRule.MonthlyNth(1, DayOfWeek.Thursday, new TimeOnly(10, 0)),
        TimeSpan.FromHours(1), TimeSpan.Zero, null, [new RoutineShift(ShiftRole.Welcome, TimeSpan.Zero, TimeSpan.FromHours(1))], []);

    private static readonly RoutineDefinition Opening = new(
        "ouverture", RoutineKind.OpeningRound, "Ouverture", RoutineRule.Weekly(new TimeOnly(8, 45), DayOfWeek.Monday, DayOfWeek.Tuesday),
        TimeSpan.FromMinutes(30), TimeSpan.Zero, null, [], []);

    [Fact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_form_one_cluster_and_fire_each_trigger_once_between_them()
    {
        // A database of its own with no Quartz tables yet: the three nodes race to create them.
        var storage = await EmptyDatabaseAsync(PostgreSql.StorageOrFail());
        var name = SchedulerName();
        var site = Site();
        var run = ClusterProbeRun.Start();
        var nodes = new List<IHost>();
        try
        {
            // At once, as pods of a deployment: each provisions the schema and stores the site's routines.
            nodes.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StartAsync(storage, name, site))));
            var schedulers = await Task.WhenAll(nodes.Select(Scheduler));
            var ids = schedulers.Select(s => s.SchedulerInstanceId).ToList();
            Assert.Equal(3, ids.Distinct().Count());
            foreach (var scheduler in schedulers)
                Assert.True((await scheduler.GetMetadata()).JobStoreClustered, "the job store is clustered on PostgreSQL");
            await Until(async () => (await schedulers[0].QueryClusterNodes()).Count(n => n.State == ClusterNodeState.Alive) == 3, "three live nodes in qrtz_scheduler_state");

            // The routines stored once and one trigger per routine, whatever the race.
            Assert.Equal(2, (await nodes[0].Services.GetRequiredService<RoutineStore>().Load(site.Id)).Routines.Count);
            Assert.Equal(2, await CountAsync(storage, name, "qrtz_triggers", RoutineKeys.Group(site.Id)));
            // A round interrupted by its node dying is run again elsewhere (its ids make a second run change nothing).
            Assert.True((await schedulers[0].GetJobDetail(RoutineKeys.Job(site.Id, Opening.Id)))!.RequestsRecovery);

            // Triggers due now, each scheduled through a node in turn (which wakes that node).
            var triggers = Enumerable.Range(0, 12).Select(i => $"probe-{i}").ToList();
            for (var i = 0; i < triggers.Count; i++)
                await ScheduleProbe(schedulers[i % schedulers.Length], run, triggers[i], DateTimeOffset.UtcNow, hang: false);

            // Done when every probe ran and Quartz has finished with them: no probe trigger left, none in flight.
            await Until(async () => run.Executions.Count >= triggers.Count
                && await CountAsync(storage, name, "qrtz_triggers", "probes") == 0
                && await CountAsync(storage, name, "qrtz_fired_triggers", null) == 0, "every probe trigger fired and completed");

            var executions = run.Executions;
            Assert.Equal(triggers.Order(), executions.Select(e => e.Trigger).Order());
            Assert.All(executions, e => Assert.Contains(e.InstanceId, ids));
            Assert.True(executions.Select(e => e.InstanceId).Distinct().Count() >= 2,
                $"the probes ran on more than one node: {string.Join(", ", executions.Select(e => $"{e.Trigger}@{e.InstanceId}"))}");
        }
        finally
        {
            run.End();
            await StopAllAsync(nodes);
            await DropDatabaseAsync(storage);
        }
    }

    [Fact]
    public async Task A_round_in_flight_on_a_node_that_dies_is_run_again_by_another_node()
    {
        var storage = PostgreSql.StorageOrFail();
        var name = SchedulerName();
        var site = Site();
        var run = ClusterProbeRun.Start();
        var nodes = new List<IHost>();
        IHost? killed = null;
        try
        {
            nodes.AddRange(await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => StartAsync(storage, name, site))));
            var schedulers = await Task.WhenAll(nodes.Select(Scheduler));
            await Until(async () => (await schedulers[0].QueryClusterNodes()).Count(n => n.State == ClusterNodeState.Alive) == 2, "two live nodes");

            await ScheduleProbe(schedulers[0], run, "in-flight", DateTimeOffset.UtcNow, hang: true);
            var hung = await run.Hung.Task.WaitAsync(Deadline);

            // The node running it dies: its scheduler stops at once, without its job finishing or its check-ins.
            var dying = Array.FindIndex(schedulers, s => s.SchedulerInstanceId == hung.InstanceId);
            killed = nodes[dying];
            await schedulers[dying].Shutdown(waitForJobsToComplete: false);
            var survivor = schedulers[1 - dying];

            await Until(() => Task.FromResult(run.Executions.Any(e => e.Recovering)), "the round run again after its node stopped checking in");
            var recovered = Assert.Single(run.Executions, e => e.Recovering);
            Assert.Equal(survivor.SchedulerInstanceId, recovered.InstanceId);
            // The rerun sees the interrupted trigger's data: a routine's rerun prepares the same day.
            Assert.Equal("round of in-flight", recovered.Round);
            Assert.Single(run.Executions, e => !e.Recovering);
        }
        finally
        {
            run.End();
            await StopAllAsync(nodes, killed);
            await DeleteAsync(storage, name);
        }
    }

    [Fact]
    public async Task A_node_that_starts_does_not_rewrite_the_routines_another_node_stored()
    {
        var storage = PostgreSql.StorageOrFail();
        var name = SchedulerName();
        var site = Site();
        var nodes = new List<IHost>();
        try
        {
            nodes.Add(await StartAsync(storage, name, site));
            await nodes[0].Services.GetRequiredService<RoutineStore>().Change(site.Id, r => r with { Closures = [new DateOnly(2026, 12, 24)] });
            var edited = await RecordVersionAsync(storage, name, site);

            // A second node starting (a rolling update) with the same site file: nothing to add, nothing written.
            nodes.Add(await StartAsync(storage, name, site));
            Assert.Equal(edited, await RecordVersionAsync(storage, name, site));
            Assert.Equal([new DateOnly(2026, 12, 24)], (await nodes[1].Services.GetRequiredService<RoutineStore>().Load(site.Id)).Closures);
        }
        finally
        {
            await StopAllAsync(nodes);
            await DeleteAsync(storage, name);
        }
    }

    private static string SchedulerName() => $"routines-test-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A site of its own (its Quartz group is the test's) with two routines.</summary>
    private static Site Site() =>
        TestSite.Create($"pg-{Guid.NewGuid().ToString("N")[..8]}") with { Routines = new SiteRoutines([Monthly, Opening], []) };

    private static async Task<IHost> StartAsync(StorageSettings storage, string schedulerName, Site site)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [RoutineSettings.SectionName + ":Enabled"] = "true",
            [RoutineSettings.SectionName + ":SchedulerName"] = schedulerName,
            [RoutineSettings.SectionName + ":CheckInInterval"] = "00:00:01",
            [RoutineSettings.SectionName + ":CheckInMisfireThreshold"] = "00:00:02",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(storage);
        // Quartz takes the host's clock: a clustered store checks in and retries on it, so it is the real one here.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new RoutineSites([site]));
        builder.Services.AddFacilitationRoutines();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static Task<IScheduler> Scheduler(IHost host) => host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    private static async Task ScheduleProbe(IScheduler scheduler, ClusterProbeRun run, string name, DateTimeOffset at, bool hang)
    {
        var job = JobBuilder.Create<ClusterProbeJob>()
            .WithIdentity(name, "probes")
            .RequestRecovery()
            .UsingJobData(ClusterProbeJob.RunData, run.Id)
            .UsingJobData(ClusterProbeJob.HangData, hang ? "yes" : "no")
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(name, "probes").UsingJobData(ClusterProbeJob.RoundData, $"round of {name}").StartAt(at).Build();
        await scheduler.ScheduleJob(job, trigger);
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline) Assert.Fail($"Not within {Deadline.TotalSeconds} s: {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the nodes still running (a node killed by the test is only disposed: its scheduler is already shut down).</summary>
    private static async Task StopAllAsync(IEnumerable<IHost> nodes, IHost? killed = null)
    {
        foreach (var node in nodes)
        {
            if (node != killed)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await node.StopAsync(cts.Token);
            }
            node.Dispose();
        }
    }

    private static async Task<long> CountAsync(StorageSettings storage, string schedulerName, string table, string? group)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM {table} WHERE sched_name = @name" + (group is null ? "" : " AND trigger_group = @group"), connection);
        command.Parameters.AddWithValue("name", schedulerName);
        if (group is not null) command.Parameters.AddWithValue("group", group);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The PostgreSQL row version (xmin) of the site's routines record: it changes whenever the row is written.</summary>
    private static async Task<string> RecordVersionAsync(StorageSettings storage, string schedulerName, Site site)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT xmin::text FROM qrtz_job_details WHERE sched_name = @name AND job_group = @group AND job_name = @job", connection);
        command.Parameters.AddWithValue("name", schedulerName);
        command.Parameters.AddWithValue("group", RoutineKeys.Record(site.Id).Group);
        command.Parameters.AddWithValue("job", RoutineKeys.Record(site.Id).Name);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<StorageSettings> EmptyDatabaseAsync(StorageSettings shared)
    {
        var database = $"facilitation_quartz_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(shared.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return shared with { ConnectionString = new NpgsqlConnectionStringBuilder(shared.ConnectionString) { Database = database }.ConnectionString };
    }

    private static async Task DropDatabaseAsync(StorageSettings storage)
    {
        var database = new NpgsqlConnectionStringBuilder(storage.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of the test's scheduler, in every Quartz table (the trigger tables before the triggers, the triggers before the jobs).</summary>
    private static async Task DeleteAsync(StorageSettings storage, string schedulerName)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'sched_name' AND table_name LIKE 'qrtz%'",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        foreach (var table in tables.OrderBy(t => t switch { "qrtz_triggers" => 1, "qrtz_job_details" => 2, _ => 0 }))
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM {table} WHERE sched_name = @name", connection);
            delete.Parameters.AddWithValue("name", schedulerName);
            await delete.ExecuteNonQueryAsync();
        }
    }
}
