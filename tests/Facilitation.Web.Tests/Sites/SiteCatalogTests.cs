using Facilitation.Domain.Ids;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class SiteCatalogTests
{
    private static readonly SiteCatalog Catalog = SiteFileLoader.Load(SiteFolders.Sites);

    [Fact]
    public void A_known_site_is_found_by_id()
    {
        Assert.Equal("Casaco", Catalog.Find(new SiteId("casaco"))?.Name);
        Assert.True(Catalog.TryFind("la-treso", out var site));
        Assert.Equal("La Tréso", site.Name);
    }

    [Fact]
    public void An_unknown_or_malformed_id_finds_nothing()
    {
        Assert.Null(Catalog.Find(new SiteId("nowhere")));
        Assert.Null(Catalog.Find(default));
        Assert.False(Catalog.TryFind("nowhere", out _));
        Assert.False(Catalog.TryFind("Casaco", out _));
        Assert.False(Catalog.TryFind(null, out _));
    }

    [Fact]
    public void A_catalog_refuses_two_sites_with_one_id()
    {
        var casaco = Catalog.Find(new SiteId("casaco"))!;

        Assert.Throws<ArgumentException>(() => new SiteCatalog([casaco, casaco with { Name = "Bis" }]));
    }
}
