using Facilitation.Domain.Payroll;

namespace Facilitation.Web.Payroll;

/// <summary>A person's month; hours as decimal numbers, minutes exact.</summary>
public sealed record PayrollRowDto(string Person, string Name, double ContractWeeklyHours, int Shifts, int WorkedMinutes, double WorkedHours, int NoShows)
{
    public static PayrollRowDto From(PayrollRow row) =>
        new(row.Person.Value, row.Name, row.ContractWeekly.TotalHours, row.Shifts, (int)row.Worked.TotalMinutes, Math.Round(row.Worked.TotalHours, 2), row.NoShows);
}
