using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Paging;

namespace Facilitation.Actors.Members;

/// <summary>The protocol of a site's membership (entity <c>site|members</c>).</summary>
public static class MembershipMessages
{
    public static string EntityIdOf(SiteId site) => $"{site}|members";

    /// <summary>A member command (<see cref="MemberCommands"/>); answered with a <see cref="MemberResult"/>.</summary>
    public sealed record Execute(SiteId Site, IMemberCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site);
    }

    /// <summary>
    /// Answered with a <see cref="Page{T}"/> of the members by id (<see cref="MemberPages"/>);
    /// <paramref name="After"/> is the previous page's <see cref="Page{T}.Next"/>.
    /// </summary>
    public sealed record GetMembers(SiteId Site, string? After = null) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site);
    }

    /// <summary>Answered with <see cref="MembersFound"/>: those of the first <see cref="MemberPages.PageSize"/> ids who are members.</summary>
    public sealed record FindMembers(SiteId Site, IReadOnlyList<PersonId> Ids) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site);
    }

    public sealed record MembersFound(IReadOnlyList<MemberEntry> Members)
    {
        public MemberEntry? Find(PersonId member) => Members.FirstOrDefault(m => m.Id == member);
    }

    public abstract record MemberResult
    {
        private MemberResult() { }

        public sealed record Accepted(MemberOutcome Outcome, bool Repeated) : MemberResult;

        public sealed record Rejected(Rejection Why) : MemberResult;

        public sealed record Unavailable(string Reason) : MemberResult;
    }
}
