namespace Facilitation.Domain.Members;

/// <summary>How much of a day a pass has paid for.</summary>
public enum DayCover
{
    Morning,
    Afternoon,
    Full,
}
