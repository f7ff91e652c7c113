using Facilitation.Domain.Ids;
using Facilitation.Domain.Paging;

namespace Facilitation.Domain.Members;

/// <summary>
/// The members of a site as the front desk reads them: by id, a page at a time, or the few it
/// names (the people in today, the holders of the desks). A site's members only ever grow.
/// </summary>
public static class MemberPages
{
    /// <summary>
    /// Members in a page, and names looked up at once. A member is at most an 80-character name and
    /// a 40-character id: the largest possible page stays under the 128,000 bytes of a message
    /// between nodes (the actor tests' reply-size test builds it).
    /// </summary>
    public const int PageSize = 100;

    /// <summary>The members whose id comes after <paramref name="after"/> (a page's <see cref="Page{T}.Next"/>), by id.</summary>
    public static Page<MemberEntry> Page(MembershipState state, string? after, int size = PageSize) =>
        Keyset.Page(state.Members.Values, m => m.Id.Value, after, size);

    /// <summary>The members among the first <see cref="PageSize"/> of <paramref name="ids"/>; an unknown id is left out.</summary>
    public static IReadOnlyList<MemberEntry> Find(MembershipState state, IEnumerable<PersonId> ids) =>
        ids.Distinct().Take(PageSize).Select(state.Find).OfType<MemberEntry>().ToList();
}
