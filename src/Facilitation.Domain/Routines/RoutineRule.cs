using System.Globalization;

namespace Facilitation.Domain.Routines;

/// <summary>
/// When a routine happens, in the site's local time: "daily 08:45" (every day), "weekly
/// mon,tue,wed,thu,fri 08:45", "weekly tue 18:30", "monthly 1 sat 10:00" (the first Saturday),
/// "monthly last fri 18:00". A small cron-like language that a co-manager can read.
/// </summary>
public sealed record RoutineRule(RuleFrequency Frequency, IReadOnlyList<DayOfWeek> Days, int Nth, TimeOnly At)
{
    /// <summary>The <see cref="Nth"/> that means "the last one of the month".</summary>
    public const int Last = -1;

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static RoutineRule MonthlyNth(int nth, DayOfWeek day, TimeOnly at) => new(RuleFrequency.Monthly, [day], nth, at);

    public static RoutineRule Weekly(TimeOnly at, params DayOfWeek[] days) => new(RuleFrequency.Weekly, days, 0, at);

    /// <summary>Whether the rule falls on <paramref name="day"/> (closures aside).</summary>
    public bool FallsOn(DateOnly day)
    {
        if (!Days.Contains(day.DayOfWeek)) return false;
        if (Frequency == RuleFrequency.Weekly) return true;
        var nthOfMonth = (day.Day - 1) / 7 + 1;
        var isLast = day.AddDays(7).Month != day.Month;
        return Nth == Last ? isLast : nthOfMonth == Nth;
    }

    public override string ToString()
    {
        var time = At.ToString("HH:mm", CultureInfo.InvariantCulture);
        var days = string.Join(',', Days.Select(d => DayNames[(int)d]));
        if (Frequency == RuleFrequency.Weekly)
            return Days.Count == 7 ? $"daily {time}" : $"weekly {days} {time}";
        return $"monthly {(Nth == Last ? "last" : Nth.ToString(CultureInfo.InvariantCulture))} {days} {time}";
    }

    /// <summary>Reads a rule; on failure <paramref name="error"/> says what is wrong (in English, for the API's field message).</summary>
    public static bool TryParse(string? text, out RoutineRule rule, out string error)
    {
        rule = null!;
        error = "";
        var words = (text ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return Fail("a rule is required, e.g. \"monthly 1 sat 10:00\"", out error);
        switch (words[0])
        {
            case "daily" when words.Length == 2 && TryTime(words[1], out var at):
                rule = Weekly(at, Enum.GetValues<DayOfWeek>());
                return true;
            case "weekly" when words.Length == 3 && TryDays(words[1], out var days) && TryTime(words[2], out var at):
                rule = Weekly(at, days);
                return true;
            case "monthly" when words.Length == 4 && TryNth(words[1], out var nth) && TryDays(words[2], out var days) && days.Length == 1
                                && TryTime(words[3], out var at):
                rule = new RoutineRule(RuleFrequency.Monthly, days, nth, at);
                return true;
            default:
                return Fail("expected \"daily HH:mm\", \"weekly mon,tue HH:mm\" or \"monthly 1|2|3|4|last sat HH:mm\"", out error);
        }
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }

    private static bool TryTime(string word, out TimeOnly at) =>
        TimeOnly.TryParseExact(word, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at);

    private static bool TryNth(string word, out int nth)
    {
        if (word == "last")
        {
            nth = Last;
            return true;
        }
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out nth) && nth is >= 1 and <= 4;
    }

    private static bool TryDays(string word, out DayOfWeek[] days)
    {
        var names = word.Split(',');
        days = names.Select(n => Array.IndexOf(DayNames, n)).Where(i => i >= 0).Distinct().Select(i => (DayOfWeek)i).ToArray();
        return days.Length == names.Length && days.Length > 0;
    }
}
