using System.Diagnostics.CodeAnalysis;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Tasks;

/// <summary>
/// Where a task happens, named as the site file names it: a room's or a desk's id, a floor
/// ("floor-0"), or the entrance.
/// </summary>
public static class Places
{
    public const string Entrance = "entrance";

    public static bool TryName(Site site, string? place, bool french, [NotNullWhen(true)] out string? name)
    {
        name = null;
        if (string.IsNullOrEmpty(place) || place.Length > 40) return false;
        if (place == Entrance) name = french ? "Entrée" : "Entrance";
        else if (site.Rooms.FirstOrDefault(r => r.Id == place) is { } room) name = room.Name;
        else if (site.Desks.FirstOrDefault(d => d.Id == place) is { } desk) name = french ? $"Poste {desk.Id.Replace("poste-", "")}" : $"Desk {desk.Id.Replace("poste-", "")}";
        else if (place.StartsWith("floor-", StringComparison.Ordinal) && int.TryParse(place.AsSpan(6), out var floor) && Floors(site).Contains(floor))
            name = floor == 0 ? (french ? "Rez-de-chaussée" : "Ground floor") : (french ? $"Étage {floor}" : $"Floor {floor}");
        return name is not null;
    }

    private static IEnumerable<int> Floors(Site site) => site.Rooms.Select(r => r.Floor).Concat(site.Desks.Select(d => d.Floor)).Distinct();
}
