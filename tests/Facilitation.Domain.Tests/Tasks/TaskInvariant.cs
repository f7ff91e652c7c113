namespace Facilitation.Domain.Tests.Tasks;

/// <summary>What <see cref="TaskBoardModel"/> checks after every step.</summary>
public enum TaskInvariant
{
    /// <summary>
    /// A claimed task has exactly one claimer and a waiting one none; a claim is only ever accepted
    /// on a waiting task, a reassignment only from a co-manager, a completion only from the holder,
    /// a co-manager, or anyone when nobody held it.
    /// </summary>
    OneClaimer,

    /// <summary>A done or cancelled task never changes again.</summary>
    ClosedStayClosed,

    /// <summary>
    /// After the timer fires, no Open task is past its due time; a task is escalated only when it was
    /// Open and due, only by the timer, and at most once.
    /// </summary>
    DueTasksEscalatedOnce,

    /// <summary>Each event adds exactly one entry, of its own word, to its task's history, and one to the versions.</summary>
    OneHistoryEntryPerEvent,

    /// <summary>
    /// A command sent again under its id gets the task as it is now and changes nothing; another
    /// command under a used id is refused; nothing else is ever answered as a repeat.
    /// </summary>
    RetriesAnswered,
}
