using Facilitation.Actors.Ledger;
using Facilitation.Actors.Rooms;
using Facilitation.Actors.Routines;
using Facilitation.Actors.Tasks;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// A routine job run again by Quartz's recovery (its node died mid-run, another node reruns it) with
/// the data of the routine's trigger as the store holds it. When the interrupted run had got as far as
/// setting the next round (its last step), that data is the next round's: the rerun must not prepare it early.
/// </summary>
public sealed class RoutineRecoveryTests
{
    private static readonly RoutineDefinition Opening = new(
        "ouverture", RoutineKind.OpeningRound, "Ouverture", RoutineRule.Weekly(new TimeOnly(8, 45), DayOfWeek.Monday, DayOfWeek.Tuesday),
        TimeSpan.FromMinutes(30), TimeSpan.Zero, null, [], [new RoutineTask("volets", TaskKind.Logistics, "Ouvrir les volets", TimeSpan.Zero, TimeSpan.FromMinutes(15))]);

    [Fact]
    public async Task A_recovered_run_whose_next_round_is_already_set_prepares_nothing_and_keeps_the_trigger()
    {
        using var file = new SqliteFile();
        var site = TestSite.Create() with { Routines = new SiteRoutines([Opening], []) };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [RoutineSettings.SectionName + ":Enabled"] = "false" });
        builder.Services.AddSingleton(file.Storage);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new RoutineSites([site]));
        builder.Services.AddFacilitationRoutines();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var scheduler = host.Services.GetRequiredService<RoutineScheduler>();
            var next = await scheduler.NextFire(site.Id, Opening.Id);
            Assert.NotNull(next);
            var quartz = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = (await quartz.GetTrigger(RoutineKeys.Trigger(site.Id, Opening.Id)))!;

            // What the recovery trigger carries: the job's data and the routine trigger's (the next round's day).
            var data = new JobDataMap
            {
                [RoutineKeys.SiteData] = site.Id.Value,
                [RoutineKeys.RoutineData] = Opening.Id,
                [RoutineKeys.DayData] = trigger.JobDataMap.GetString(RoutineKeys.DayData)!,
            };
            var runner = new RoutineRunner(new UnreachableActor<RoomRegion>(), new UnreachableActor<WeekLedgerRegion>(), new UnreachableActor<TaskBoardRegion>(),
                host.Services.GetRequiredService<RoutineSettings>());
            var job = new RoutineJob(host.Services.GetRequiredService<RoutineStore>(), scheduler, runner, host.Services.GetRequiredService<RoutineSites>(),
                host.Services.GetRequiredService<RoutineSettings>(), clock, NullLogger<RoutineJob>.Instance);

            // Rerun at the interrupted firing's moment, before the next round's time: planning it now would be a round early.
            Assert.True(clock.GetUtcNow() < next);
            await job.Execute(new RecoveredFiring(data, clock.GetUtcNow()), CancellationToken.None);

            Assert.Equal(next, await scheduler.NextFire(site.Id, Opening.Id));
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
        }
    }
}
