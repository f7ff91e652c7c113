using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Actors.Routines;

/// <summary>The sites whose routines this node schedules, as their site files describe them.</summary>
public sealed record RoutineSites(IReadOnlyList<Site> All)
{
    public Site? Find(SiteId id) => All.FirstOrDefault(s => s.Id == id);
}
