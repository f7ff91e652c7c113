using System.Text.Json.Serialization;

namespace Facilitation.Domain.Time;

/// <summary>A half-open span of time [Start, End) between two instants, always in UTC.</summary>
public readonly record struct TimeRange
{
    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }

    [JsonConstructor]
    public TimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start) throw new ArgumentException("a time range ends after it starts", nameof(end));
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public TimeSpan Duration => End - Start;

    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public TimeRange? Intersect(TimeRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end > start ? new TimeRange(start, end) : null;
    }

    public override string ToString() => $"{Start:u} – {End:u}";
}
