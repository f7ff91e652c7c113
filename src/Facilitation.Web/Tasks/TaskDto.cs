using System.Globalization;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using Facilitation.Web.Texts;
using Humanizer;

namespace Facilitation.Web.Tasks;

/// <summary>A task as the API and the hub show it; times in the site's local time.</summary>
public sealed record TaskDto(
    string Id,
    string Kind,
    string Title,
    string Place,
    string PlaceName,
    string Origin,
    string Priority,
    string? RequestedBy,
    DateTimeOffset RaisedAt,
    DateTimeOffset DueAt,
    string Status,
    bool Late,
    string? ClaimedBy,
    string? ClaimedByName,
    string Age,
    long Version,
    IReadOnlyList<TaskHistoryDto> History)
{
    public static TaskDto From(TaskEntry task, Site site, DateTimeOffset now, CultureInfo culture)
    {
        var fr = Durations.IsFrench(culture);
        string? NameOf(Domain.Ids.PersonId? p) => p is { } id ? site.FindStaff(id)?.Name ?? id.Value : null;
        return new TaskDto(
            task.Id.Value,
            TaskNames.Of(task.Kind),
            task.Title,
            task.Place,
            Places.TryName(site, task.Place, fr, out var name) ? name : task.Place,
            TaskNames.Of(task.Origin),
            TaskNames.Of(task.Priority),
            task.RequestedBy,
            site.Calendar.ToLocal(task.RaisedAt),
            site.Calendar.ToLocal(task.DueAt),
            TaskNames.Of(task.Status),
            task.IsLate(now),
            task.ClaimedBy?.Value,
            NameOf(task.ClaimedBy),
            task.RaisedAt.Humanize(dateToCompareAgainst: now, culture: culture),
            task.Version,
            task.History.Select(h => new TaskHistoryDto(site.Calendar.ToLocal(h.At), h.What, h.By?.Value, NameOf(h.By), h.To?.Value)).ToList());
    }
}

public sealed record TaskHistoryDto(DateTimeOffset At, string What, string? By, string? ByName, string? To);
