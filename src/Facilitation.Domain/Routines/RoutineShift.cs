using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Routines;

/// <summary>An extra shift a routine needs: <paramref name="From"/> is relative to the routine's start (negative for set-up).</summary>
public sealed record RoutineShift(ShiftRole Role, TimeSpan From, TimeSpan Length);
