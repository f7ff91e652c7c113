namespace Facilitation.Domain.Members;

/// <summary>What a member's pass paid for on one local day, and how many units in all.</summary>
public sealed record DayCharge(DateOnly Day, DayCover Cover, int Units);
