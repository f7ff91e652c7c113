namespace Facilitation.Domain.Tests.Rooms;

/// <summary>
/// One generated move on a room: book, move, cancel or retry an earlier command (<see cref="Op"/> 0–3),
/// at quarter hour <see cref="Slot"/> of a two-day window for <see cref="Quarters"/>, with
/// <see cref="Guests"/>, on the booking or command picked by <see cref="Pick"/>, after the clock moved <see cref="Minutes"/>.
/// </summary>
public sealed record RoomStep(int Op, int Slot, int Quarters, int Guests, int Kind, bool ByCoManager, int Pick, int Minutes);
