using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Shifts;

/// <summary>The same fingerprint from a command and from the event it produced.</summary>
public static class ShiftFingerprints
{
    public const string Release = "release";
    public const string Start = "start";
    public const string End = "end";
    public const string Cancel = "cancel";
    public const string NoShow = "no-show";

    public static string Claim(PersonId person) => $"claim:{person}";
}
