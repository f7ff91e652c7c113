namespace Facilitation.Domain.Routines;

/// <summary>What a recurring operation of a site is.</summary>
public enum RoutineKind
{
    /// <summary>The monthly members' day (journée mensuelle des membres), prepared days before.</summary>
    MembersDay,
    CasacoTuesday,
    FoodDistribution,
    OpeningRound,
    ClosingRound,
    CleaningRound,
    Custom,
}
