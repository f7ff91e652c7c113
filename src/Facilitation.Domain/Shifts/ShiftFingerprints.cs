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

    public const string AcceptHandover = "handover-accept";
    public const string DeclineHandover = "handover-decline";
    public const string Approve = "approve";

    public static string Claim(PersonId person) => $"claim:{person}";

    public static string Reassign(PersonId to) => $"reassign:{to}";

    public static string OfferHandover(PersonId to) => $"handover:{to}";

    public static string RecordWorked(DateTimeOffset start, DateTimeOffset end) => $"worked:{start.UtcDateTime:O}:{end.UtcDateTime:O}";
}
