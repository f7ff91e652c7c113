namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// One execution of <see cref="ClusterProbeJob"/>: which trigger, on which node, whether it was a recovery,
/// and the round its trigger's data named (as a routine's trigger names its day).
/// </summary>
public sealed record ClusterProbeExecution(string Trigger, string InstanceId, bool Recovering, string? Round);
