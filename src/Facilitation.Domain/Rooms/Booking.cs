using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Rooms;

/// <summary>
/// One booking of one room, at one version: also the answer to every command about it.
/// </summary>
/// <param name="Holder">Who it is for: the member or the client, as typed by whoever booked.</param>
/// <param name="OutsideGuests">Guests from outside the site are expected (someone must welcome them).</param>
/// <param name="SiteWide">One room's block of a privatisation of the whole site: moved or cancelled only with the others.</param>
public sealed record Booking(
    BookingId Id,
    string Room,
    TimeRange Range,
    BookingKind Kind,
    string Title,
    string Holder,
    int Guests,
    bool OutsideGuests,
    PersonId BookedBy,
    BookingStatus Status,
    bool SiteWide,
    long Version)
{
    public const int MaxTitleLength = 120;

    public const int MaxHolderLength = 100;

    /// <summary>The longest booking, but for a privatisation.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    public static readonly TimeSpan MaxPrivatisationDuration = TimeSpan.FromDays(7);

    public bool IsLive => Status == BookingStatus.Live;

    /// <summary>Someone must welcome people at the door: clients, events and privatisations always bring outsiders.</summary>
    public bool ExpectsOutsideGuests => OutsideGuests || Kind != BookingKind.Member;

    /// <summary>Only a co-manager books, moves or cancels anything but a member's own booking.</summary>
    public static bool NeedsCoManager(BookingKind kind) => kind != BookingKind.Member;
}
