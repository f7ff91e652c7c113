namespace Facilitation.Domain.Tests.Model;

/// <summary>Durations written the way the design writes them ("86 h 30 of 85 h"), for failure messages.</summary>
public static class Hours
{
    public static string Of(TimeSpan span) =>
        span.Minutes == 0 && span.Seconds == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalHours} h {Math.Abs(span.Minutes):D2}";

    public static string Of(TimeSpan? span) => span is { } s ? Of(s) : "-";
}
