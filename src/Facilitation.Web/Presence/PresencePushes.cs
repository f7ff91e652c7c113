using System.Globalization;
using Facilitation.Actors.Presence;
using Facilitation.Domain.Sites;
using Facilitation.Web.Desks;
using Facilitation.Web.Hubs;

namespace Facilitation.Web.Presence;

/// <summary>What the staff hub pushes about presence: the counts to the site's group, a visitor's arrival to their host.</summary>
public static class PresencePushes
{
    public sealed record SeatDto(string Desk, string Member);

    /// <summary>"presence-changed": the building's count, the desks per floor, and who sits where.</summary>
    public sealed record PresenceChangedMessage(
        string Type, string Site, string Day, int Count, int Capacity, IReadOnlyList<FloorDto> Floors, IReadOnlyList<SeatDto> Seated) : IStaffPush;

    public sealed record VisitorDto(string Id, string Name, string Host, DateTimeOffset At);

    /// <summary>"visitor-arrived": to the host, when they are on staff.</summary>
    public sealed record VisitorArrivedMessage(string Type, string Site, VisitorDto Visitor) : IStaffPush;

    public static PresenceChangedMessage Changed(PresenceChanged changed, Site site)
    {
        var seated = changed.Seated.Where(m => m.Desk is not null).ToList();
        var taken = seated.Select(m => m.Desk!).ToHashSet(StringComparer.Ordinal);
        return new PresenceChangedMessage(
            "presence-changed", site.Id.Value, changed.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), changed.Count, site.Capacity,
            FloorDto.Count(site, taken), seated.Select(m => new SeatDto(m.Desk!, m.Member.Value)).ToList());
    }

    public static VisitorArrivedMessage Arrived(VisitorArrivedNotice notice) =>
        new("visitor-arrived", notice.Site.Value, new VisitorDto(notice.Visitor.Id.Value, notice.Visitor.Name, notice.Visitor.Host.Value, notice.Visitor.At));
}
