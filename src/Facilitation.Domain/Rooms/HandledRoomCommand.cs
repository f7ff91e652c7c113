namespace Facilitation.Domain.Rooms;

/// <summary>A command already applied: what it was, and which booking it was about (a retry gets that booking as it is now).</summary>
public sealed record HandledRoomCommand(string Fingerprint, BookingId Booking);
