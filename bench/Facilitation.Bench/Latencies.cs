namespace Facilitation.Bench;

/// <summary>Latencies in milliseconds, summarised as p50/p95/p99/max.</summary>
public sealed class Latencies
{
    private readonly List<double> _values = [];

    public void Add(double milliseconds)
    {
        lock (_values) _values.Add(milliseconds);
    }

    public int Count
    {
        get
        {
            lock (_values) return _values.Count;
        }
    }

    public Summary Summarise()
    {
        double[] sorted;
        lock (_values) sorted = [.. _values];
        Array.Sort(sorted);
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Summary(sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    public sealed record Summary(int Count, double P50, double P95, double P99, double Max)
    {
        public override string ToString() => Count == 0
            ? "no samples"
            : FormattableString.Invariant($"p50 {P50:0.00} ms, p95 {P95:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms (n={Count})");
    }
}
