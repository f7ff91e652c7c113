namespace Facilitation.Web.Sites;

/// <summary>Loads the site catalog when the host starts (its constructor does), and says what it loaded.</summary>
internal sealed class SiteCatalogStartupCheck(SiteCatalog catalog, ILogger<SiteCatalogStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var site in catalog.All)
        {
            logger.LogInformation(
                "Site {SiteId} ({SiteName}): {Desks} desks, {Rooms} rooms, {Staff} staff, {Budget} h a week",
                site.Id.Value, site.Name, site.Desks.Count, site.Rooms.Count, site.Staff.Count,
                site.Rules.WeeklyBudget.TotalHours);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
