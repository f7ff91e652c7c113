using Facilitation.Domain.Shifts;

namespace Facilitation.Actors.Health;

/// <summary>What the readiness probe writes to prove the journal takes events (and then deletes).</summary>
public sealed record JournalChecked(DateTimeOffset At) : IPersistedEvent;
