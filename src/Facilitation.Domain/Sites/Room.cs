namespace Facilitation.Domain.Sites;

public sealed record Room(string Id, string Name, RoomKind Kind, int Floor, int Capacity);
