using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Outcomes;

/// <summary>
/// Why a command was refused, with the figures that explain it. The code is stable and
/// machine-readable; the web layer turns it into a sentence in the reader's language.
/// </summary>
public sealed record Rejection(RejectionKind Kind, string Code)
{
    /// <summary>Who holds the thing, when that is the reason.</summary>
    public PersonId? Holder { get; init; }

    /// <summary>What the figure would become.</summary>
    public TimeSpan? Would { get; init; }

    /// <summary>The limit it would break.</summary>
    public TimeSpan? Limit { get; init; }

    /// <summary>The local day concerned.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The other shift concerned (an overlap, a rest too short).</summary>
    public ShiftId? Other { get; init; }

    /// <summary>The request field at fault, for invalid input.</summary>
    public string? Field { get; init; }

    /// <summary>The other booking concerned (the one already holding the room).</summary>
    public BookingId? Booking { get; init; }

    /// <summary>The title of <see cref="Booking"/>.</summary>
    public string? Title { get; init; }

    /// <summary>The time of <see cref="Booking"/>.</summary>
    public TimeRange? Range { get; init; }

    /// <summary>The room concerned, when several are (a whole-site privatisation).</summary>
    public string? Room { get; init; }

    /// <summary>A limit that is a count (a room's capacity).</summary>
    public int? Count { get; init; }
}
