namespace Facilitation.Domain.Sites;

public enum RoomKind
{
    MeetingRoom,
    Fablab,
    SharedSpace,
}
