using System.Collections.Concurrent;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>What the probe jobs of one test did, across every node of its cluster (the nodes share this process).</summary>
public sealed class ClusterProbeRun
{
    private static readonly ConcurrentDictionary<string, ClusterProbeRun> Runs = new();

    private readonly ConcurrentQueue<ClusterProbeExecution> _executions = new();

    private ClusterProbeRun(string id) => Id = id;

    public string Id { get; }

    public IReadOnlyList<ClusterProbeExecution> Executions => [.. _executions];

    /// <summary>Completed with the first execution that hangs (a round in flight when its node dies).</summary>
    public TaskCompletionSource<ClusterProbeExecution> Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What a hanging execution waits for; only the end of the test completes it.</summary>
    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static ClusterProbeRun Start() => Runs.GetOrAdd(Guid.NewGuid().ToString("N"), id => new ClusterProbeRun(id));

    public static ClusterProbeRun Of(string id) => Runs[id];

    public void Record(ClusterProbeExecution execution) => _executions.Enqueue(execution);

    public void End()
    {
        Released.TrySetResult();
        Runs.TryRemove(Id, out _);
    }
}
