using Facilitation.Domain.Sites;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class PlansFileTests
{
    [Fact]
    public void Casaco_sells_its_plans_at_the_fact_sheets_prices_and_a_site_that_says_nothing_keeps_the_defaults()
    {
        var catalog = SiteFileLoader.Load(new SiteOptions { Folder = SiteFolders.Sites });

        var casaco = catalog.All.Single(s => s.Id.Value == "casaco").Plans;
        Assert.Equal((340m, 250m, 150m, 6), (casaco.ResidentMonthlyEuros, casaco.NomadMonthlyEuros, casaco.PassEuros, casaco.PassValidityMonths));
        Assert.Equal(new MemberPlans(), catalog.All.Single(s => s.Id.Value == "la-treso").Plans);
    }

    [Theory]
    [InlineData("\"passValidityMonths\": 6", "\"passValidityMonths\": 0", "plans.passValidityMonths")]
    [InlineData("\"passEuros\": 150", "\"passEuros\": -1", "plans.passEuros")]
    [InlineData("\"passEuros\": 150", "\"passPrice\": 150", "plans.passPrice")]
    public void A_wrong_plans_section_stops_the_start_naming_the_field(string from, string to, string field)
    {
        using var folder = new TempSiteFolder();
        var original = File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json"));
        Assert.Contains(from, original);
        folder.WriteSiteText("casaco.json", original.Replace(from, to));

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(new SiteOptions { Folder = folder.Root }));

        Assert.Contains(field, error.Message);
    }
}
