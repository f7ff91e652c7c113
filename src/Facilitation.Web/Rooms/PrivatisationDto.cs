namespace Facilitation.Web.Rooms;

/// <summary>A privatisation of the whole site: one block of the same id in every room.</summary>
public sealed record PrivatisationDto(
    string Id, DateTimeOffset Start, DateTimeOffset End, string Title, string Holder, int Guests, string Status, IReadOnlyList<string> Rooms);
