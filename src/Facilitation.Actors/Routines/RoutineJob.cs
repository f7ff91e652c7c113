using System.Globalization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Routines;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Facilitation.Actors.Routines;

/// <summary>
/// Prepares one round of a routine when its trigger fires, then sets the trigger to the next round.
/// It only sends commands (<see cref="RoutineRunner"/>); the actors own the state.
/// </summary>
/// <remarks>
/// The job requests recovery (<see cref="RoutineScheduler.ScheduleAt"/>): a round interrupted by its
/// node dying is run again by another node of the cluster (or by this one when it starts again). That is
/// safe because every command of a round has an id derived from (site, routine, day): what the first
/// run did is answered as a repeat, and only what it had not done yet is done. Without recovery the
/// round is lost and, its one-shot trigger being spent (the dead node's recovery deletes it), the
/// routine is left with no trigger until a node starts again (seen on PostgreSQL with Quartz 4.7.3).
/// </remarks>
[DisallowConcurrentExecution]
public sealed class RoutineJob(
    RoutineStore store, RoutineScheduler scheduler, RoutineRunner runner, RoutineSites sites, RoutineSettings settings, TimeProvider clock,
    ILogger<RoutineJob> log) : IJob
{
    /// <summary>Later than this after its time, a firing is a missed one (Quartz's default misfire threshold).</summary>
    public static readonly TimeSpan MissedAfter = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (!SiteId.TryParse(data.GetString(RoutineKeys.SiteData), out var siteId) || sites.Find(siteId) is not { } site) return;
        var routines = await store.Load(siteId, cancellationToken);
        if (routines.Find(data.GetString(RoutineKeys.RoutineData) ?? "") is not { } routine) return;
        if (context.Recovering && await scheduler.NextFire(siteId, routine.Id, cancellationToken) is { } next)
        {
            // The interrupted run had already set the routine's trigger (its last step): the round was done.
            log.LogInformation("Routine {Routine} of {Site}: recovered run after a node stopped, the next round is already set for {Next}", routine.Id, siteId, next);
            return;
        }
        var day = DateOnly.ParseExact(data.GetString(RoutineKeys.DayData) ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var now = clock.GetUtcNow();
        var round = RoutineSchedule.On(routine, site.Calendar, day);
        var late = now - (context.ScheduledFireTimeUtc ?? now) > MissedAfter;
        var complete = true;
        if (!routine.Enabled || routines.Closed.IsClosed(day) || !routine.Rule.FallsOn(day))
            log.LogInformation("Routine {Routine} of {Site}: {Day} is no longer a round, nothing done", routine.Id, siteId, day);
        else if (late && !routine.CatchUpWhenMissed)
            log.LogInformation("Routine {Routine} of {Site}: the round of {Day} was missed; a round does not catch up", routine.Id, siteId, day);
        else if (round.End <= now)
            log.LogInformation("Routine {Routine} of {Site}: the round of {Day} is over, too late to prepare it", routine.Id, siteId, day);
        else
        {
            var outcome = await runner.Run(site, routine, round, now, cancellationToken);
            complete = outcome.Complete;
            log.LogInformation("Routine {Routine} of {Site}, round of {Day}: {Outcome}", routine.Id, siteId, day, outcome);
        }

        if (complete)
            await scheduler.ScheduleNext(site, routine, routines.Closed, Later(now, round.PrepareAt), TriggerConflict.Replace, cancellationToken);
        else
            await scheduler.ScheduleAt(siteId, routine, day, now + settings.RetryAfter, TriggerConflict.Replace, cancellationToken);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
