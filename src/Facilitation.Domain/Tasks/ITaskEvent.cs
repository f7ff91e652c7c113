using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Tasks;

/// <summary>Something that happened to one task of a board.</summary>
public interface ITaskEvent : IPersistedEvent
{
    TaskId Task { get; }

    DateTimeOffset At { get; }
}
