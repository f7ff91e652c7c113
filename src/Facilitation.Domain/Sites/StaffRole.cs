namespace Facilitation.Domain.Sites;

public enum StaffRole
{
    Facilitator,
    CoManager,
}
