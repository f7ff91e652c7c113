using Facilitation.Domain.Sites;

namespace Facilitation.Web.Desks;

/// <summary>One floor's desks: how many nomad and resident desks it has and how many are taken now.</summary>
public sealed record FloorDto(int Floor, int NomadDesks, int NomadTaken, int ResidentDesks, int ResidentTaken)
{
    public int NomadFree => NomadDesks - NomadTaken;

    /// <summary>Every floor with desks, lowest first, from the desks taken now.</summary>
    public static IReadOnlyList<FloorDto> Count(Site site, IReadOnlySet<string> taken) =>
        site.Desks.GroupBy(d => d.Floor).OrderBy(g => g.Key).Select(g => new FloorDto(
            g.Key,
            g.Count(d => d.Kind == DeskKind.Nomad), g.Count(d => d.Kind == DeskKind.Nomad && taken.Contains(d.Id)),
            g.Count(d => d.Kind == DeskKind.Resident), g.Count(d => d.Kind == DeskKind.Resident && taken.Contains(d.Id)))).ToList();
}
