using Facilitation.Domain.Shifts;

namespace Facilitation.Actors.Routines;

/// <summary>What a round of a routine did.</summary>
/// <param name="Complete">Every command was answered (accepted, repeated or refused); false when storage or an actor did not answer, to try again.</param>
/// <param name="Published">The shifts published (or already published by an earlier firing).</param>
/// <param name="Refused">The shifts that did not fit (the week's budget, a labour rule).</param>
/// <param name="Missing">How many published hours the week would have needed beyond its budget.</param>
public sealed record RoundOutcome(bool Complete, int Published, IReadOnlyList<ShiftRole> Refused, TimeSpan Missing, string? RoomProblem);
