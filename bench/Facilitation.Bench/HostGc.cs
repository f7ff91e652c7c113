using System.Globalization;

namespace Facilitation.Bench;

/// <summary>
/// The host's garbage collections so far, read from its own /metrics (the runtime's
/// <c>System.Runtime</c> meter in Prometheus form): collections by generation, total pause time
/// and bytes allocated. Two samples give what the measured seconds cost in collections.
/// </summary>
public sealed record HostGc(IReadOnlyDictionary<string, double> Collections, double PauseSeconds, double AllocatedBytes)
{
    public static async Task<HostGc?> Of(ApiClient api)
    {
        string text;
        try
        {
            text = await api.GetText("/metrics");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
        var collections = new Dictionary<string, double>(StringComparer.Ordinal);
        double pause = 0, allocated = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal))
            {
                var gen = Label(line, "gc_heap_generation") ?? "?";
                collections[gen] = collections.GetValueOrDefault(gen) + Value(line);
            }
            else if (line.StartsWith("dotnet_gc_pause_time_seconds_total", StringComparison.Ordinal)) pause += Value(line);
            else if (line.StartsWith("dotnet_gc_heap_total_allocated_bytes_total", StringComparison.Ordinal)) allocated += Value(line);
        }
        return new HostGc(collections, pause, allocated);
    }

    /// <summary>One line for the report: what the garbage collector did between two samples.</summary>
    public static string Describe(HostGc before, HostGc after, double seconds, int acknowledged)
    {
        var gens = string.Join(", ", after.Collections.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => FormattableString.Invariant($"{c.Key} {c.Value - before.Collections.GetValueOrDefault(c.Key):0}")));
        var pause = after.PauseSeconds - before.PauseSeconds;
        var allocated = after.AllocatedBytes - before.AllocatedBytes;
        return FormattableString.Invariant(
            $"host GC during the measured time: {gens}; paused {pause * 1000:0} ms ({100 * pause / Math.Max(0.001, seconds):0.0} % of the time); allocated {allocated / 1048576 / Math.Max(0.001, seconds):0} MB/s, {allocated / 1024 / Math.Max(1, acknowledged):0} KB a command");
    }

    private static string? Label(string line, string name)
    {
        var at = line.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at + name.Length + 2;
        var end = line.IndexOf('"', start);
        return end < 0 ? null : line[start..end];
    }

    /// <summary>The sample's value: "name{labels} value [timestamp]" or "name value [timestamp]".</summary>
    private static double Value(string line)
    {
        var brace = line.LastIndexOf('}');
        var rest = (brace >= 0 ? line[(brace + 1)..] : line[Math.Max(0, line.IndexOf(' '))..]).Trim().Split(' ');
        return double.TryParse(rest[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
