using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Ledger;

/// <summary>One person's hours in one site-week.</summary>
public sealed record PersonWeek(PersonId Person, TimeSpan Claimed, TimeSpan Worked, int Shifts);
