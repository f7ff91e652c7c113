using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Desks;

/// <summary>A member sitting at a desk on one local day: it holds until they leave or the site closes that day.</summary>
public sealed record DeskTake(PersonId Member, DateOnly Day, DateTimeOffset At);
