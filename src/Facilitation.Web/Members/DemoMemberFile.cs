using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Members;

/// <summary>
/// Reads <c>&lt;site&gt;.members.json</c> strictly (unknown fields refused, every field checked against
/// the site); a wrong file stops the start naming the file and the field, like a site file.
/// </summary>
public static class DemoMemberFile
{
    public const string Suffix = ".members.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<(Site Site, IReadOnlyList<DemoMember> Members)> Load(string folder, SiteCatalog sites)
    {
        var errors = new List<SiteFileError>();
        var loaded = new List<(Site, IReadOnlyList<DemoMember>)>();
        if (!Directory.Exists(folder)) throw new SiteFileException([new SiteFileError(folder, "", "the folder of the demo members does not exist")]);
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal))
        {
            void Fail(string field, string message) => errors.Add(new SiteFileError(file, field, message));
            MembersFile? dto;
            try
            {
                using var stream = File.OpenRead(file);
                dto = JsonSerializer.Deserialize<MembersFile>(stream, Json);
            }
            catch (JsonException e)
            {
                Fail(e.Path?.TrimStart('$', '.') ?? "", $"not readable as a members file: {e.Message}");
                continue;
            }
            if (!sites.TryFind(dto?.Site, out var site))
            {
                Fail("site", $"'{dto?.Site}' is not a site of the catalog");
                continue;
            }
            var members = new List<DemoMember>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var desks = new HashSet<string>(StringComparer.Ordinal);
            var list = dto!.Members ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var at = $"members[{i}]";
                if (list[i] is not { } m)
                {
                    Fail(at, "must be an object");
                    continue;
                }
                var before = errors.Count;
                if (!PersonId.TryParse(m.Id, out var id) || !ids.Add(m.Id!)) Fail(at + ".id", $"'{m.Id}' is not a new member id (a slug, unique in the file)");
                if (string.IsNullOrWhiteSpace(m.Name) || m.Name.Length > MemberEntry.MaxNameLength) Fail(at + ".name", "required, at most 80 characters");
                if (m.Plan is null || !PlanNames.All.TryGetValue(m.Plan, out var plan))
                {
                    plan = PlanKind.None;
                    Fail(at + ".plan", "one of \"none\", \"resident\", \"nomad\", \"pass\"");
                }
                if (m.Desk is not null && (site.Desks.FirstOrDefault(d => d.Id == m.Desk) is not { Kind: DeskKind.Resident } || !desks.Add(m.Desk)))
                    Fail(at + ".desk", $"'{m.Desk}' is not a resident desk of {site.Id} given to nobody else");
                if ((m.PassUnits is not null) != (plan == PlanKind.Pass) || m.PassUnits is < 1 or > PassUse.UnitsPerPass)
                    Fail(at + ".passUnits", $"from 1 to {PassUse.UnitsPerPass} for a pass, and only for a pass");
                if (errors.Count == before) members.Add(new DemoMember(id, m.Name!, plan, m.Desk, m.PassUnits));
            }
            loaded.Add((site, members));
        }
        if (errors.Count > 0) throw new SiteFileException(errors);
        return loaded;
    }

    private sealed record MembersFile(string? Site, List<string>? Notes, List<MemberFile?>? Members);

    private sealed record MemberFile(string? Id, string? Name, string? Plan, string? Desk, int? PassUnits);
}
