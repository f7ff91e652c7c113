using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Domain.Shifts;

/// <summary>Who sends a command, and in which role.</summary>
public sealed record Caller(PersonId Person, StaffRole Role)
{
    public bool IsCoManager => Role == StaffRole.CoManager;
}
