using System.Globalization;

namespace Facilitation.Bench;

/// <summary>A process's resident memory and CPU time so far, read from /proc (Linux).</summary>
public sealed record ProcessSample(DateTime At, long RssBytes, double CpuSeconds)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux

    public static ProcessSample? Of(int pid)
    {
        try
        {
            var rss = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = rss is null ? 0 : long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th field, stime the 15th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return new ProcessSample(DateTime.UtcNow, kb * 1024, ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The share of one core used between two samples (2.0 = both cores of this machine).</summary>
    public static double CoresBetween(ProcessSample from, ProcessSample to) =>
        (to.CpuSeconds - from.CpuSeconds) / Math.Max(0.001, (to.At - from.At).TotalSeconds);
}
