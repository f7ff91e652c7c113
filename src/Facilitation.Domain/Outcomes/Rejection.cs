using Facilitation.Domain.Ids;

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
}
