namespace Facilitation.Domain.Rooms;

public enum BookingStatus
{
    Live,
    Cancelled,
}
