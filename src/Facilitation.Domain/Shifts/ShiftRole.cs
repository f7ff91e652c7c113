namespace Facilitation.Domain.Shifts;

/// <summary>The facilitators' jobs: accueil, lien social, logistique, ménage.</summary>
public enum ShiftRole
{
    Welcome,
    Community,
    Logistics,
    Cleaning,
}
