using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Desks;

/// <summary>
/// One desk as its readers see it: to whom it is assigned and who took it on which day. Not the
/// commands it applied, which grow with every check-in (and whose dictionary did not even cross
/// between nodes): a fixed size.
/// </summary>
public sealed record DeskView(SiteId Site, string Desk, PersonId? Assignee, DeskTake? Take, long Version)
{
    /// <summary>Who sits at the desk at <paramref name="now"/>, if anyone.</summary>
    public PersonId? OccupantAt(Site site, DateTimeOffset now) => Take?.HolderAt(site, now);
}
