using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Desks;

/// <summary>Something that happened to one desk.</summary>
public interface IDeskEvent : IPersistedEvent
{
    DateTimeOffset At { get; }
}
