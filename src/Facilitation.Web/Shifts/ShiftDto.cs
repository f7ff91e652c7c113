using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Shifts;

/// <summary>A shift as the API shows it; times in the site's local time with their offset.</summary>
public sealed record ShiftDto(
    string Id,
    string Week,
    string Role,
    DateTimeOffset Start,
    DateTimeOffset End,
    double Hours,
    string Status,
    string? Holder,
    string? HolderName,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Version)
{
    public static ShiftDto From(ShiftView view, Site site) => new(
        view.Id.Value,
        view.Id.Week.ToString(),
        Names.Of(view.Role),
        site.Calendar.ToLocal(view.Start),
        site.Calendar.ToLocal(view.End),
        Durations.Decimal(view.End - view.Start),
        Names.Of(view.Status),
        view.Holder?.Value,
        view.Holder is { } h ? site.FindStaff(h)?.Name ?? h.Value : null,
        view.StartedAt is { } s ? site.Calendar.ToLocal(s) : null,
        view.EndedAt is { } e ? site.Calendar.ToLocal(e) : null,
        view.Version);
}
