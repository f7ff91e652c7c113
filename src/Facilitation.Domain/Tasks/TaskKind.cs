namespace Facilitation.Domain.Tasks;

/// <summary>What sort of work a task is: accueil, logistique, ménage.</summary>
public enum TaskKind
{
    Welcome,
    Logistics,
    Cleaning,
}
