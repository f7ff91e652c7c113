using System.Collections.Immutable;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

/// <summary>The members of one site and the commands already applied: the only writer of passes.</summary>
public sealed record MembershipState(
    SiteId Site,
    ImmutableSortedDictionary<string, MemberEntry> Members,
    ImmutableDictionary<CommandId, HandledMemberCommand> Handled,
    long Version)
{
    public static MembershipState Empty(SiteId site) =>
        new(site, ImmutableSortedDictionary<string, MemberEntry>.Empty, ImmutableDictionary<CommandId, HandledMemberCommand>.Empty, 0);

    public MemberEntry? Find(PersonId member) => Members.GetValueOrDefault(member.Value);
}
