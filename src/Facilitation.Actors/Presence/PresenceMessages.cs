using System.Globalization;
using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Presence;

namespace Facilitation.Actors.Presence;

/// <summary>The protocol of the presence of one site and local day (entity <c>site|presence-2026-11-27</c>).</summary>
public static class PresenceMessages
{
    private const string Prefix = "presence-";

    public static string EntityIdOf(SiteId site, DateOnly day) => $"{site}|{Prefix}{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static DateOnly DayOf(string key) =>
        DateOnly.ParseExact(key[Prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A presence command (<see cref="PresenceCommands"/>); answered with a <see cref="PresenceResult"/>.</summary>
    public sealed record Execute(SiteId Site, DateOnly Day, IPresenceCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site, Day);
    }

    /// <summary>
    /// Answered with a <see cref="PresenceView"/>: the count, and a page of the members in after
    /// <paramref name="MembersAfter"/> and one of the visitors after <paramref name="VisitorsAfter"/>.
    /// </summary>
    public sealed record GetPresence(SiteId Site, DateOnly Day, string? MembersAfter = null, string? VisitorsAfter = null) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site, Day);
    }

    public abstract record PresenceResult
    {
        private PresenceResult() { }

        public sealed record Accepted(PresenceAnswer Answer, bool Repeated) : PresenceResult;

        public sealed record Rejected(Rejection Why) : PresenceResult;

        public sealed record Unavailable(string Reason) : PresenceResult;
    }
}
