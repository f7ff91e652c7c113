using Facilitation.Domain.Rooms;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Rooms;

/// <summary>The words the API uses for booking kinds, states and room kinds (kebab-case, stable).</summary>
public static class BookingNames
{
    public static string Of(BookingKind kind) => kind switch
    {
        BookingKind.Member => "member",
        BookingKind.Client => "client",
        BookingKind.Event => "event",
        BookingKind.Privatisation => "privatisation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(BookingStatus status) => status switch
    {
        BookingStatus.Live => "live",
        BookingStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(RoomKind kind) => kind switch
    {
        RoomKind.MeetingRoom => "meeting-room",
        RoomKind.Fablab => "fablab",
        RoomKind.SharedSpace => "shared-space",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseKind(string? text, out BookingKind kind)
    {
        foreach (var candidate in Enum.GetValues<BookingKind>())
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        kind = default;
        return false;
    }
}
