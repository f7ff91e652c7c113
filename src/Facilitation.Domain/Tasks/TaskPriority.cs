namespace Facilitation.Domain.Tasks;

/// <summary>How soon a task must be taken on; with its kind, it sets the deadline (see <see cref="TaskDeadlines"/>).</summary>
public enum TaskPriority
{
    Normal,
    High,
    Urgent,
}
