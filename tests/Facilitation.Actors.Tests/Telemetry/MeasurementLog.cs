using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Facilitation.Actors.Telemetry;

namespace Facilitation.Actors.Tests.Telemetry;

/// <summary>
/// Every measurement of the application's meter taken while it is open. The meter is static and the
/// process is shared, so a test opens its log after its node is up and reads only what it caused
/// (the actor tests run one at a time: see ActorSystems).
/// </summary>
public sealed class MeasurementLog : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _taken = new();

    public MeasurementLog()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == FacilitationMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Take(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Take(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The values recorded by <paramref name="instrument"/> with all the given tags (and maybe others).</summary>
    public IReadOnlyList<double> Values(string instrument, params (string Key, string Value)[] tags) =>
        _taken.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value))
            .Select(m => m.Value)
            .ToList();

    /// <summary>The sum of a counter's increments with the given tags.</summary>
    public double Count(string instrument, params (string Key, string Value)[] tags) => Values(instrument, tags).Sum();

    public void Dispose() => _listener.Dispose();

    private void Take(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string>();
        foreach (var (key, tagValue) in tags) copy[key] = tagValue?.ToString() ?? "";
        _taken.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    private sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags);
}
