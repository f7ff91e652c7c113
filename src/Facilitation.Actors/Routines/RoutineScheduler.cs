using System.Globalization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Sites;
using Quartz;

namespace Facilitation.Actors.Routines;

/// <summary>
/// Puts each routine's next preparation into Quartz as a one-shot trigger (one trigger per
/// routine, its key fixed): the rules of <see cref="RoutineSchedule"/> decide the instant (site
/// zone, closed days, lead time), Quartz keeps it across restarts and fires it.
/// </summary>
/// <remarks>
/// Misfires: every trigger asks Quartz to fire now once when it was missed (a one-shot trigger can
/// fire only once, so three missed rounds never make three runs); the job then applies the
/// routine's own policy (<see cref="RoutineDefinition.CatchUpWhenMissed"/>): an event's preparation
/// runs, a round whose moment has passed does nothing but schedule the next one.
/// </remarks>
public sealed class RoutineScheduler(ISchedulerFactory schedulers, RoutineStore store, RoutineSites sites, TimeProvider clock)
{
    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Done once the start-up recovery has stored and scheduled every routine. The web server may
    /// take requests before the hosted services after it have started: a read waits for this, so
    /// that it never shows a routine without its next run.
    /// </summary>
    public Task Recovered => _recovered.Task;

    /// <summary>After an edit: every routine of the site to its next preparation from now, replacing what was scheduled.</summary>
    public async Task Reschedule(SiteId siteId, CancellationToken cancellationToken = default)
    {
        await AfterRecovery(cancellationToken);
        if (sites.Find(siteId) is not { } site) return;
        var routines = await store.Load(siteId, cancellationToken);
        foreach (var routine in routines.Routines)
            await ScheduleFrom(site, routine, routines.Closed, clock.GetUtcNow(), TriggerConflict.Replace, cancellationToken);
    }

    /// <summary>
    /// At start-up: the site file's new routines stored, and every routine without a pending trigger
    /// given one; a pending trigger (even one missed while the server was down) is kept, for
    /// Quartz's misfire handling to fire it once.
    /// </summary>
    public async Task Recover(CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var site in sites.All)
            {
                var routines = await store.Merge(site.Id, site.Routines, cancellationToken);
                foreach (var routine in routines.Routines)
                    await ScheduleFrom(site, routine, routines.Closed, clock.GetUtcNow(), TriggerConflict.Keep, cancellationToken);
            }
            _recovered.TrySetResult();
        }
        catch (Exception e)
        {
            _recovered.TrySetException(e);
            throw;
        }
    }

    /// <summary>Waits (a while at most) for the start-up recovery, so that an answer or an edit never races it.</summary>
    private async Task AfterRecovery(CancellationToken cancellationToken)
    {
        try
        {
            await Recovered.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (TimeoutException)
        {
            // Still recovering (a slow database): answer with what Quartz holds now.
        }
    }

    /// <summary>
    /// From now on: a round of a routine that catches up whose preparation time has passed but which
    /// has not started yet (a first start, a new routine, a longer lead time) is prepared at once;
    /// otherwise the next preparation. Preparing a round again is harmless (derived ids).
    /// </summary>
    private async Task ScheduleFrom(Site site, RoutineDefinition routine, ClosedDays closed, DateTimeOffset now, TriggerConflict conflict, CancellationToken cancellationToken)
    {
        if (routine.CatchUpWhenMissed && RoutineSchedule.Coming(routine, site.Calendar, closed, now) is { } current
            && current.PrepareAt <= now && current.Start > now)
        {
            await ScheduleAt(site.Id, routine, current.Day, now, conflict, cancellationToken);
            return;
        }
        await ScheduleNext(site, routine, closed, now, conflict, cancellationToken);
    }

    /// <summary>The trigger of <paramref name="routine"/> set to its first preparation after <paramref name="after"/> (none if there is none).</summary>
    public async Task ScheduleNext(Site site, RoutineDefinition routine, ClosedDays closed, DateTimeOffset after, TriggerConflict conflict, CancellationToken cancellationToken)
    {
        var next = RoutineSchedule.NextPreparation(routine, site.Calendar, closed, after);
        if (next is null)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.UnscheduleJob(RoutineKeys.Trigger(site.Id, routine.Id), cancellationToken);
            return;
        }
        await ScheduleAt(site.Id, routine, next.Day, next.PrepareAt, conflict, cancellationToken);
    }

    /// <summary>The trigger of <paramref name="routine"/> set to prepare the round of <paramref name="day"/> at <paramref name="at"/>.</summary>
    public async Task ScheduleAt(SiteId site, RoutineDefinition routine, DateOnly day, DateTimeOffset at, TriggerConflict conflict, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RoutineJob>()
            .WithIdentity(RoutineKeys.Job(site, routine.Id))
            .StoreDurably()
            .RequestRecovery()
            .UsingJobData(RoutineKeys.SiteData, site.Value)
            .UsingJobData(RoutineKeys.RoutineData, routine.Id)
            .Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RoutineKeys.Trigger(site, routine.Id))
            .ForJob(job)
            .UsingJobData(RoutineKeys.DayData, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, conflict, cancellationToken);
    }

    /// <summary>A routine taken out: its job and trigger deleted.</summary>
    public async Task Remove(SiteId site, string routine, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(RoutineKeys.Job(site, routine), cancellationToken);
    }

    /// <summary>When the trigger of <paramref name="routine"/> fires next, if it is scheduled.</summary>
    public async Task<DateTimeOffset?> NextFire(SiteId site, string routine, CancellationToken cancellationToken = default)
    {
        await AfterRecovery(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(RoutineKeys.Trigger(site, routine), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
