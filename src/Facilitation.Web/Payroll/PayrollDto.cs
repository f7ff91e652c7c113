namespace Facilitation.Web.Payroll;

public sealed record PayrollDto(string Site, string Month, IReadOnlyList<PayrollRowDto> People);
