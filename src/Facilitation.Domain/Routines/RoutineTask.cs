using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Routines;

/// <summary>
/// A task a routine needs. <paramref name="Appears"/> and <paramref name="Due"/> are relative to the
/// routine's start; an appearance before the preparation shows at the preparation.
/// </summary>
public sealed record RoutineTask(string Key, TaskKind Kind, string Title, TimeSpan Appears, TimeSpan Due);
