using System.Collections.Immutable;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Presence;

/// <summary>
/// Who is in one site's building on one local day, members and visitors: the only owner of the
/// count held against the site's capacity.
/// </summary>
public sealed record PresenceState(
    SiteId Site,
    DateOnly Day,
    ImmutableSortedDictionary<string, PresentMember> Members,
    ImmutableSortedDictionary<string, PresentVisitor> Visitors,
    ImmutableDictionary<CommandId, HandledPresenceCommand> Handled,
    long Version)
{
    public static PresenceState Empty(SiteId site, DateOnly day) =>
        new(site, day, ImmutableSortedDictionary<string, PresentMember>.Empty, ImmutableSortedDictionary<string, PresentVisitor>.Empty,
            ImmutableDictionary<CommandId, HandledPresenceCommand>.Empty, 0);

    public int Count => Members.Count + Visitors.Count;

    /// <summary>Who is in at <paramref name="now"/>: everyone leaves at the site's closing time, by construction.</summary>
    public int CountAt(Site site, DateTimeOffset now) => now < SiteHours.ClosingOf(site, Day) ? Count : 0;

    /// <summary>The desks taken by the members in, at <paramref name="now"/> (none after closing).</summary>
    public IReadOnlyList<PresentMember> SeatedAt(Site site, DateTimeOffset now) =>
        now < SiteHours.ClosingOf(site, Day) ? Members.Values.Where(m => m.Desk is not null).ToList() : [];

    public PresentMember? Find(PersonId member) => Members.GetValueOrDefault(member.Value);

    public PresentVisitor? Find(VisitorId visitor) => Visitors.GetValueOrDefault(visitor.Value);
}
