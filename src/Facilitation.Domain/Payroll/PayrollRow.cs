using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Payroll;

/// <summary>One paid person's month, as payroll needs it.</summary>
/// <param name="Shifts">Shifts worked (ended) that began in the month.</param>
/// <param name="Worked">Time worked on the month's days, from the real start and end of each shift.</param>
/// <param name="NoShows">Shifts of the month marked no-show.</param>
public sealed record PayrollRow(PersonId Person, string Name, TimeSpan ContractWeekly, int Shifts, TimeSpan Worked, int NoShows);
