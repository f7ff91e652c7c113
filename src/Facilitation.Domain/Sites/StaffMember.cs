using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Sites;

/// <summary>A paid person of a site, with their contract's weekly maximum and their hashed PIN.</summary>
public sealed record StaffMember(
    PersonId Id,
    string Name,
    StaffRole Role,
    TimeSpan ContractWeeklyHours,
    string PinHash);
