namespace Facilitation.Domain.Sites;

/// <summary>When a site is open on one day of the week, in its local time.</summary>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
