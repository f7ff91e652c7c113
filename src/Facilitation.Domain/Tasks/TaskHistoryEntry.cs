using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// One thing that happened to a task: one entry per event. <paramref name="What"/> is one of the
/// stable words below; <paramref name="By"/> is who did it (null for the kiosk or the clock),
/// <paramref name="To"/> whom a reassigned task now goes to.
/// </summary>
public sealed record TaskHistoryEntry(DateTimeOffset At, string What, PersonId? By, PersonId? To)
{
    public const string Raised = "raised";
    public const string Escalated = "escalated";
    public const string Claimed = "claimed";
    public const string Reassigned = "reassigned";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
    public const string Withdrawn = "withdrawn";
}
