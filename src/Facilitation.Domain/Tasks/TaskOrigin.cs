namespace Facilitation.Domain.Tasks;

/// <summary>Where a task came from.</summary>
public enum TaskOrigin
{
    /// <summary>A member or a visitor asked at the front desk.</summary>
    MemberRequest,
    RoomBooking,
    Event,

    /// <summary>A recurring job (opening, closing, the weekly food distribution).</summary>
    Schedule,

    /// <summary>Someone on staff put it on the board.</summary>
    Staff,
}
