using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Tasks;

namespace Facilitation.Actors.Tasks;

/// <summary>The protocol of a site's task board.</summary>
public static class TaskBoardMessages
{
    /// <summary>A task command (<see cref="TaskCommands"/>); answered with a <see cref="TaskResult"/>.</summary>
    public sealed record Execute(SiteId Site, ITaskCommand Command) : IEntityMessage
    {
        public string EntityId => Site.Value;
    }

    /// <summary>
    /// Answered with a <see cref="Page{T}"/> of the waiting tasks (<see cref="WaitingTasks"/>), the
    /// most pressing first; <paramref name="After"/> is the previous page's <see cref="Page{T}.Next"/>.
    /// </summary>
    public sealed record GetWaiting(SiteId Site, string? After = null) : IEntityMessage
    {
        public string EntityId => Site.Value;
    }

    /// <summary>
    /// Answered with the board's whole <see cref="TaskBoardState"/>, every task it ever had: to a
    /// caller on the board's own node only (the tests); another node is refused.
    /// </summary>
    public sealed record GetWholeBoard(SiteId Site) : IEntityMessage
    {
        public string EntityId => Site.Value;
    }

    /// <summary>
    /// The tasks a source (a booking) needs (see <see cref="TaskCommands.Plan"/>); answered with
    /// <see cref="Planned"/> once persisted. Idempotent: send it again after any doubt.
    /// </summary>
    public sealed record PlanTasks(SiteId Site, TaskCommands.Plan Plan) : IEntityMessage
    {
        public string EntityId => Site.Value;
    }

    /// <summary>The plan of <paramref name="Source"/> is on the board (persisted, or nothing needed to change).</summary>
    public sealed record Planned(string Source);

    /// <summary>Escalates what is due; sent by the board's own timer and by every node's ticker.</summary>
    public sealed record CheckDeadlines(SiteId Site) : IEntityMessage
    {
        public string EntityId => Site.Value;
    }

    /// <summary>The answer to a task command, sent once it is persisted.</summary>
    public abstract record TaskResult
    {
        private TaskResult() { }

        public sealed record Accepted(TaskEntry Task, bool Repeated) : TaskResult;

        public sealed record Rejected(Rejection Why) : TaskResult;

        public sealed record Unavailable(string Reason) : TaskResult;
    }
}
