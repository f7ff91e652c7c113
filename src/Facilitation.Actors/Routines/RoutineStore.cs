using Facilitation.Domain.Ids;
using Facilitation.Domain.Routines;
using Quartz;

namespace Facilitation.Actors.Routines;

/// <summary>
/// Where a site's routines and closures are kept once co-managers edit them: the data of one
/// durable job in Quartz's job store, in the product's own database, beside the triggers it drives
/// (so an edit and its schedule live in one place and survive a restart). Until the first edit the
/// site file's routines are the routines.
/// </summary>
public sealed class RoutineStore(ISchedulerFactory schedulers, RoutineSites sites)
{
    // One writer at a time on this node: a read-change-write of the record.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<SiteRoutines> Load(SiteId site, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var record = await scheduler.GetJobDetail(RoutineKeys.Record(site), cancellationToken);
        return record?.JobDataMap.GetString(RoutineKeys.RoutinesData) is { } json
            ? RoutineJson.Read(json)
            : sites.Find(site)?.Routines ?? SiteRoutines.None;
    }

    /// <summary>Applies <paramref name="change"/> to the routines as stored and stores the result, which it returns.</summary>
    public async Task<SiteRoutines> Change(SiteId site, Func<SiteRoutines, SiteRoutines> change, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var changed = change(await Load(site, cancellationToken));
            await Save(site, changed, cancellationToken);
            return changed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// At start-up: what was stored, plus any routine of the site file not stored yet (a routine
    /// added to the file later). Edits made over the API win over the file.
    /// </summary>
    /// <remarks>
    /// The record is written only when it is missing or the file adds a routine: in a cluster, a node
    /// that restarts (a rolling update) does not rewrite what another node's edit has just stored.
    /// </remarks>
    public async Task<SiteRoutines> Merge(SiteId site, SiteRoutines fromFile, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var record = (await scheduler.GetJobDetail(RoutineKeys.Record(site), cancellationToken))?.JobDataMap.GetString(RoutineKeys.RoutinesData);
            var stored = record is null ? sites.Find(site)?.Routines ?? SiteRoutines.None : RoutineJson.Read(record);
            var added = fromFile.Routines.Where(r => stored.Find(r.Id) is null).ToList();
            if (record is not null && added.Count == 0) return stored;
            var merged = stored with { Routines = [.. stored.Routines, .. added] };
            await Save(site, merged, cancellationToken);
            return merged;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task Save(SiteId site, SiteRoutines routines, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var record = JobBuilder.Create<RoutinesRecordJob>()
            .WithIdentity(RoutineKeys.Record(site))
            .StoreDurably()
            .UsingJobData(RoutineKeys.RoutinesData, RoutineJson.Write(routines))
            .Build();
        await scheduler.AddJob(record, AddJobOptions.Replacing, cancellationToken);
    }
}
