namespace Facilitation.Bench.Journal;

/// <summary>Latencies in milliseconds, collected from many writers at once.</summary>
internal sealed class Latencies
{
    private readonly List<double> _values = [];

    public void Add(double milliseconds)
    {
        lock (_values) _values.Add(milliseconds);
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0) return double.NaN;
            var sorted = _values.Order().ToArray();
            var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }
    }
}
