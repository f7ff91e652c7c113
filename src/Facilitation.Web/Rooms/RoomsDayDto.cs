namespace Facilitation.Web.Rooms;

/// <summary>The rooms of a site on one local day, with the site's opening hours that day (null when closed).</summary>
public sealed record RoomsDayDto(string Site, string Date, string TimeZone, string? Opens, string? Closes, IReadOnlyList<RoomDayDto> Rooms);
