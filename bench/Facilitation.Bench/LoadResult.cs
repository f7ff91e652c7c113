namespace Facilitation.Bench;

/// <summary>What a load run measured.</summary>
public sealed record LoadResult(
    double Seconds, int Acknowledged, double CommandsPerSecond, Latencies.Summary Acks,
    IReadOnlyDictionary<string, Latencies.Summary> AcksByKind, Latencies.Summary Push, Latencies.Summary PushAfterAck, int PushesMatched, int PushesMissing,
    IReadOnlyDictionary<string, int> Errors, IReadOnlyDictionary<string, int> Mix, int Clients,
    ProcessSample? HostBefore, ProcessSample? HostAfter, long HostPeakRss, DateTime MeasuredFrom, DateTime MeasuredTo, string? HostGc = null);
