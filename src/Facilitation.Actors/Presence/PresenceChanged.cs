using Facilitation.Domain.Ids;
using Facilitation.Domain.Presence;

namespace Facilitation.Actors.Presence;

/// <summary>Published on the site's topic after each persisted presence change: the count and who sits where.</summary>
public sealed record PresenceChanged(SiteId Site, DateOnly Day, int Count, IReadOnlyList<PresentMember> Seated);
