using Facilitation.Domain.Ids;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Presence;

/// <summary>
/// A site's presence of one day as the screens read it: the count against the capacity, and a
/// page of the members and one of the visitors in — not the commands of the day, which grow with
/// every arrival and departure. Those in are bounded by the site's capacity, which a site file
/// does not bound: hence pages.
/// </summary>
public sealed record PresenceView(SiteId Site, DateOnly Day, int Count, Page<PresentMember> Members, Page<PresentVisitor> Visitors, long Version)
{
    /// <summary>
    /// Members, and visitors, in a page. A visitor is at most an 80-character name and a host's
    /// 40-character id: the largest possible view stays under the 128,000 bytes of a message
    /// between nodes (the actor tests' reply-size test builds it).
    /// </summary>
    public const int PageSize = 50;

    /// <summary>The members after <paramref name="membersAfter"/> and the visitors after <paramref name="visitorsAfter"/>, by id.</summary>
    public static PresenceView Of(PresenceState state, string? membersAfter, string? visitorsAfter, int size = PageSize) =>
        new(state.Site, state.Day, state.Count,
            Keyset.Page(state.Members.Values, m => m.Member.Value, membersAfter, size),
            Keyset.Page(state.Visitors.Values, v => v.Id.Value, visitorsAfter, size),
            state.Version);

    /// <summary>Who is in at <paramref name="now"/>: everyone leaves at the site's closing time.</summary>
    public int CountAt(Site site, DateTimeOffset now) => now < SiteHours.ClosingOf(site, Day) ? Count : 0;
}
