using Facilitation.Domain.Routines;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class RoutineFileTests
{
    [Fact]
    public void Casacos_file_gives_its_routines_and_a_site_without_the_section_has_none()
    {
        using var folder = new TempSiteFolder();
        folder.WriteSiteText("casaco.json", File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json")));
        folder.WriteSiteText("la-treso.json", File.ReadAllText(Path.Combine(SiteFolders.Sites, "la-treso.json")));

        var catalog = SiteFileLoader.Load(new SiteOptions { Folder = folder.Root });

        var routines = catalog.All.Single(s => s.Id.Value == "casaco").Routines.Routines;
        var members = routines.Single(r => r.Kind == RoutineKind.MembersDay);
        Assert.Equal("monthly 1 thu 10:00", members.Rule.ToString());
        Assert.Equal(TimeSpan.FromDays(7), members.LeadTime);
        Assert.Equal("espace-principal", members.Room);
        Assert.Equal(TimeSpan.FromHours(7.5), members.Shifts.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Length));
        Assert.Equal(
            [RoutineKind.MembersDay, RoutineKind.CasacoTuesday, RoutineKind.FoodDistribution, RoutineKind.OpeningRound, RoutineKind.ClosingRound, RoutineKind.CleaningRound],
            routines.Select(r => r.Kind));
        Assert.Empty(catalog.All.Single(s => s.Id.Value == "la-treso").Routines.Routines);
    }

    [Theory]
    [InlineData("\"rule\": \"monthly 1 thu 10:00\"", "\"rule\": \"first thursday\"", "routines[0].rule")]
    [InlineData("\"leadHours\": 168", "\"leadHours\": -1", "routines[0].leadHours")]
    [InlineData("\"room\": \"espace-principal\"", "\"room\": \"grenier\"", "routines[0].room")]
    [InlineData("\"kind\": \"members-day\"", "\"kind\": \"party\"", "routines[0].kind")]
    [InlineData("{ \"role\": \"logistics\", \"fromHours\": -1.5", "{ \"role\": \"chef\", \"fromHours\": -1.5", "routines[0].shifts[0].role")]
    [InlineData("\"id\": \"mardi-de-casaco\"", "\"id\": \"journee-des-membres\"", "routines[1].id")]
    public void A_wrong_routine_stops_the_start_naming_the_field(string from, string to, string field)
    {
        using var folder = new TempSiteFolder();
        var original = File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json"));
        Assert.Contains(from, original);
        folder.WriteSiteText("casaco.json", original.Replace(from, to));

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(new SiteOptions { Folder = folder.Root }));

        Assert.Contains(field, error.Message);
    }
}
