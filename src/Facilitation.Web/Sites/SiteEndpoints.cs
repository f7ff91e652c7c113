using Facilitation.Domain.Sites;

namespace Facilitation.Web.Sites;

/// <summary>The sites this deployment serves: public, so that a tablet can offer the choice.</summary>
public static class SiteEndpoints
{
    public sealed record SiteSummary(string Id, string Name, string Address, string TimeZone, int Capacity, double WeeklyBudgetHours, int Rooms, int Desks, IReadOnlyList<StaffSummary> Staff);

    public sealed record StaffSummary(string Person, string Name, string Role);

    public static IEndpointRouteBuilder MapSites(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites", (SiteCatalog sites) => sites.All.Select(Summary)).WithTags("Sites").AllowAnonymous();
        app.MapGet("/api/sites/{site}", (string site, SiteCatalog sites) =>
            sites.TryFind(site, out var found)
                ? Results.Ok(Summary(found))
                : Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.")).WithTags("Sites").AllowAnonymous();
        return app;
    }

    private static SiteSummary Summary(Site site) => new(
        site.Id.Value, site.Name, site.Address, site.TimeZone.Id, site.Capacity, site.Rules.WeeklyBudget.TotalHours,
        site.Rooms.Count, site.Desks.Count,
        site.Staff.Select(s => new StaffSummary(s.Id.Value, s.Name, s.Role == StaffRole.CoManager ? "co-manager" : "facilitator")).ToList());
}
