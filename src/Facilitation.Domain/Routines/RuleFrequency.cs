namespace Facilitation.Domain.Routines;

/// <summary>How often a routine's rule comes round.</summary>
public enum RuleFrequency
{
    /// <summary>On the listed weekdays of every week.</summary>
    Weekly,

    /// <summary>On the Nth (or last) listed weekday of every month.</summary>
    Monthly,
}
