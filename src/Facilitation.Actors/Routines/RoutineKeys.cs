using Facilitation.Domain.Ids;
using Quartz;

namespace Facilitation.Actors.Routines;

/// <summary>The names of a site's routines in Quartz: one group per site, one job and one trigger per routine, and the site's record.</summary>
public static class RoutineKeys
{
    public const string SiteData = "site";
    public const string RoutineData = "routine";
    public const string DayData = "day";
    public const string RoutinesData = "routines";

    public static string Group(SiteId site) => $"routines.{site.Value}";

    public static JobKey Job(SiteId site, string routine) => new(routine, Group(site));

    public static TriggerKey Trigger(SiteId site, string routine) => new(routine, Group(site));

    /// <summary>The durable job (it never fires) whose data is the site's routines and closures as they were last saved.</summary>
    public static JobKey Record(SiteId site) => new("_site-routines", Group(site));
}
