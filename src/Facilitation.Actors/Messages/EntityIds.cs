using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Messages;

/// <summary>How entities are named in the shards and in the journal; never change these.</summary>
public static class EntityIds
{
    public static string Shift(SiteId site, ShiftId shift) => $"{site}|{shift}";

    public static string Week(SiteId site, IsoWeek week) => $"{site}|{week}";

    public static string Room(SiteId site, string room) => $"{site}|{room}";

    public static (SiteId Site, string Key) Split(string entityId)
    {
        var bar = entityId.IndexOf('|');
        return (new SiteId(entityId[..bar]), entityId[(bar + 1)..]);
    }
}
