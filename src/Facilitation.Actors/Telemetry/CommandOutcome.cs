namespace Facilitation.Actors.Telemetry;

/// <summary>The values of the <c>outcome</c> tag of <c>facilitation.commands</c>.</summary>
public static class CommandOutcome
{
    /// <summary>Applied: its events are in the journal (or there was nothing to write).</summary>
    public const string Accepted = "accepted";

    /// <summary>A retry of a command already decided: its first answer, nothing written.</summary>
    public const string Repeat = "repeat";

    /// <summary>Refused by a rule (see <c>facilitation.rejections</c> for which).</summary>
    public const string Rejected = "rejected";

    /// <summary>Nothing known to be written: the journal failed, or another entity did not answer in time.</summary>
    public const string Unavailable = "unavailable";
}
