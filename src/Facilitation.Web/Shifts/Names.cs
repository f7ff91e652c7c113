using Facilitation.Domain.Shifts;

namespace Facilitation.Web.Shifts;

/// <summary>The words the API uses for roles and states (kebab-case, stable).</summary>
public static class Names
{
    public static string Of(ShiftRole role) => role switch
    {
        ShiftRole.Welcome => "welcome",
        ShiftRole.Community => "community",
        ShiftRole.Logistics => "logistics",
        ShiftRole.Cleaning => "cleaning",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Of(ShiftStatus status) => status switch
    {
        ShiftStatus.Published => "published",
        ShiftStatus.Claimed => "claimed",
        ShiftStatus.Started => "started",
        ShiftStatus.Ended => "ended",
        ShiftStatus.Cancelled => "cancelled",
        ShiftStatus.NoShow => "no-show",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseRole(string? text, out ShiftRole role)
    {
        foreach (var candidate in Enum.GetValues<ShiftRole>())
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                role = candidate;
                return true;
            }
        role = default;
        return false;
    }
}
