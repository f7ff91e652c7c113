using Facilitation.Web.Sites;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Web.Tests.Sites;

public sealed class SiteOptionsTests
{
    [Fact]
    public void By_default_sites_are_read_beside_the_binaries_without_staff()
    {
        var options = new SiteOptions();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "sites"), options.ResolveFolder());
        Assert.Null(options.ResolveStaffFolder());
    }

    [Fact]
    public void A_relative_staff_folder_is_resolved_against_the_binaries_and_a_rooted_one_kept()
    {
        var rooted = Path.Combine(Path.GetTempPath(), "elsewhere");
        var options = new SiteOptions { Folder = rooted, StaffFolder = "sites/demo" };

        Assert.Equal(rooted, options.ResolveFolder());
        Assert.Equal(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "sites", "demo")), options.ResolveStaffFolder());
    }

    [Fact]
    public void AddSiteCatalog_registers_one_catalog_from_the_Facilitation_Sites_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Facilitation:Sites:Folder"] = SiteFolders.Sites,
                ["Facilitation:Sites:StaffFolder"] = SiteFolders.DemoStaff,
            })
            .Build();
        var services = new ServiceCollection().AddLogging();

        services.AddSiteCatalog(configuration);
        services.AddSiteCatalog(configuration);
        using var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<SiteCatalog>();
        Assert.Same(catalog, provider.GetRequiredService<SiteCatalog>());
        Assert.Equal(9, catalog.Find(new("casaco"))!.Staff.Count);
        Assert.Single(provider.GetServices<IHostedService>());
    }

    [Fact]
    public async Task A_broken_site_folder_stops_the_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Facilitation:Sites:Folder"] = Path.Combine(Path.GetTempPath(), "no-such-sites-" + Guid.NewGuid().ToString("N")),
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSiteCatalog(configuration);
        using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<SiteFileException>(async () =>
        {
            foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        });
    }
}
