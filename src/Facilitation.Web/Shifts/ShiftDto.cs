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
    /// <summary>The colleague the holder offered the shift to, until they accept or decline.</summary>
    public string? OfferedTo { get; init; }

    public string? OfferedToName { get; init; }

    /// <summary>A co-manager approved the holder's claim.</summary>
    public bool Approved { get; init; }

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
        view.Version)
    {
        OfferedTo = view.OfferedTo?.Value,
        OfferedToName = view.OfferedTo is { } o ? site.FindStaff(o)?.Name ?? o.Value : null,
        Approved = view.Approved,
    };
}
