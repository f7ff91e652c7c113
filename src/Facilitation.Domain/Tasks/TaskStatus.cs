namespace Facilitation.Domain.Tasks;

/// <summary>
/// Where a task is in its life. Open and escalated tasks wait for someone (escalated: nobody took
/// it before its deadline, and the co-managers were told); done and cancelled tasks are closed and
/// never reopen. Note that <c>System.Threading.Tasks.TaskStatus</c> has the same name: a file that
/// uses both namespaces needs an alias.
/// </summary>
public enum TaskStatus
{
    Open,
    Escalated,
    Claimed,
    Done,
    Cancelled,
}
