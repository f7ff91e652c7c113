namespace Facilitation.Domain.Members;

/// <summary>A member's plan: a monthly subscription (resident or nomad), a pass of days, or none yet.</summary>
public enum PlanKind
{
    None,

    /// <summary>A fixed desk, 340 € HT a month at Casaco.</summary>
    Resident,

    /// <summary>Any free nomad desk, 250 € HT a month at Casaco.</summary>
    Nomad,

    /// <summary>10 days or 15 half-days (30 units), 150 € HT at Casaco.</summary>
    Pass,
}
