namespace Facilitation.Domain.Sites;

public sealed record Desk(string Id, int Floor, DeskKind Kind, string Area);
