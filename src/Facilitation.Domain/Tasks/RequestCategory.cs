namespace Facilitation.Domain.Tasks;

/// <summary>What a member or a visitor asks for at the front desk (see <see cref="RequestCategories"/>).</summary>
public enum RequestCategory
{
    Printer,
    Supplies,
    Cleaning,
    RoomProblem,
    VisitorArrived,
    Other,
}
