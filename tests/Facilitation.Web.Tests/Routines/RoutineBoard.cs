using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Routines;

/// <summary>What the board shows of the routines, by task title.</summary>
public static class RoutineBoard
{
    public static async Task<List<string>> TaskTitles(this HttpClient device) =>
        (await device.Tasks())["tasks"]!.AsArray().Select(t => t!["title"]!.GetValue<string>()).ToList();

    public static string IsoWeekOf(DateTimeOffset local) =>
        $"{System.Globalization.ISOWeek.GetYear(local.DateTime)}-W{System.Globalization.ISOWeek.GetWeekOfYear(local.DateTime):00}";

    public static JsonObject Body(this JsonObject routine)
    {
        var input = routine.DeepClone().AsObject();
        foreach (var computed in new[] { "whenMissed", "next", "nextFire" }) input.Remove(computed);
        return input;
    }
}
