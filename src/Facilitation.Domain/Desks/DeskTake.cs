using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Desks;

/// <summary>A member sitting at a desk on one local day: it holds until they leave or the site closes that day.</summary>
public sealed record DeskTake(PersonId Member, DateOnly Day, DateTimeOffset At)
{
    /// <summary>The member, while the take holds at <paramref name="now"/>: on its own day, before closing time.</summary>
    public PersonId? HolderAt(Site site, DateTimeOffset now) =>
        Day == site.Calendar.DayOf(now) && now < SiteHours.ClosingOf(site, Day) ? Member : null;
}
