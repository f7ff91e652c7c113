using Facilitation.Domain.Rooms;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class BookingTaskFileTests
{
    [Fact]
    public void A_site_file_sets_when_a_bookings_tasks_appear_and_a_site_without_the_section_keeps_the_defaults()
    {
        using var folder = new TempSiteFolder();
        var original = File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json"));
        folder.WriteSiteText("casaco.json", original.Replace("\"setupBeforeMinutes\": 45", "\"setupBeforeMinutes\": 60"));
        folder.WriteSiteText("la-treso.json", File.ReadAllText(Path.Combine(SiteFolders.Sites, "la-treso.json")));

        var catalog = SiteFileLoader.Load(new SiteOptions { Folder = folder.Root });

        var casaco = catalog.All.Single(s => s.Id.Value == "casaco").BookingTasks;
        Assert.Equal((TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(15), TimeSpan.Zero), (casaco.SetupBefore, casaco.WelcomeBefore, casaco.CleaningAfter));
        Assert.Equal(new BookingTaskTimes(), catalog.All.Single(s => s.Id.Value == "la-treso").BookingTasks);
    }

    [Theory]
    [InlineData("\"setupBeforeMinutes\": 45", "\"setupBeforeMinutes\": -1", "bookingTasks.setupBeforeMinutes")]
    [InlineData("\"welcomeBeforeMinutes\": 15", "\"welcomeBeforeMinutes\": 500", "bookingTasks.welcomeBeforeMinutes")]
    [InlineData("\"cleaningAfterMinutes\": 0", "\"cleaningAfterMinutes\": 0, \"teardownMinutes\": 5", "bookingTasks.teardownMinutes")]
    public void A_wrong_or_unknown_lead_time_stops_the_start_naming_the_field(string from, string to, string field)
    {
        using var folder = new TempSiteFolder();
        var original = File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json"));
        folder.WriteSiteText("casaco.json", original.Replace(from, to));

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(new SiteOptions { Folder = folder.Root }));

        Assert.Contains(field, error.Message);
    }
}
