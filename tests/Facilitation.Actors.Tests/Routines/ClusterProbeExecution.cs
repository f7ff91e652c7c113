namespace Facilitation.Actors.Tests.Routines;

/// <summary>One execution of <see cref="ClusterProbeJob"/>: which trigger, on which node, and whether it was a recovery.</summary>
public sealed record ClusterProbeExecution(string Trigger, string InstanceId, bool Recovering);
