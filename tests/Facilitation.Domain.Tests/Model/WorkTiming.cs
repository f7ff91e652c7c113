namespace Facilitation.Domain.Tests.Model;

/// <summary>How the people of a generated week keep to the times of their shifts.</summary>
public enum WorkTiming
{
    /// <summary>
    /// Nobody starts before a shift's planned start nor works past its planned end, so whatever
    /// the rules allowed when a shift was claimed stays true for the rest of the week.
    /// </summary>
    OnTime,

    /// <summary>
    /// People start up to half an hour early (as far as a shift allows) and finish early or up to
    /// two hours late: reality the ledger records but cannot refuse.
    /// </summary>
    RealLife,
}
