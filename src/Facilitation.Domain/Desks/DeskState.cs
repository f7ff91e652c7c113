using System.Collections.Immutable;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Desks;

/// <summary>
/// One desk: to whom it is assigned (a resident desk) and who took it on which day. The only writer
/// of who sits there. Occupancy is a function of the state and the time: a take holds on its own
/// local day until the site's closing time, so a desk is free after closing with no timer.
/// </summary>
public sealed record DeskState(
    SiteId Site,
    string Desk,
    PersonId? Assignee,
    DeskTake? Take,
    ImmutableDictionary<CommandId, string> Handled,
    long Version)
{
    public static DeskState Empty(SiteId site, string desk) => new(site, desk, null, null, ImmutableDictionary<CommandId, string>.Empty, 0);

    /// <summary>Who sits at the desk at <paramref name="now"/>, if anyone.</summary>
    public PersonId? OccupantAt(Site site, DateTimeOffset now) => Take?.HolderAt(site, now);

    /// <summary>What a reader needs of the desk (<see cref="DeskView"/>).</summary>
    public DeskView View() => new(Site, Desk, Assignee, Take, Version);
}
