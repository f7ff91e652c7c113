using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;

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

    /// <summary>Answered with the <see cref="MembershipState"/>.</summary>
    public sealed record GetMembers(SiteId Site) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site);
    }

    public abstract record MemberResult
    {
        private MemberResult() { }

        public sealed record Accepted(MemberOutcome Outcome, bool Repeated) : MemberResult;

        public sealed record Rejected(Rejection Why) : MemberResult;

        public sealed record Unavailable(string Reason) : MemberResult;
    }
}
