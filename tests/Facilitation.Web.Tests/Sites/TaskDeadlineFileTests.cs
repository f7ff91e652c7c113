using Facilitation.Domain.Tasks;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class TaskDeadlineFileTests
{
    [Fact]
    public void Each_site_file_sets_its_task_deadlines_and_what_it_leaves_out_keeps_the_default()
    {
        var catalog = SiteFileLoader.Load(new SiteOptions { Folder = SiteFolders.Sites });

        var casaco = catalog.All.Single(s => s.Id.Value == "casaco").TaskDeadlines;
        var treso = catalog.All.Single(s => s.Id.Value == "la-treso").TaskDeadlines;

        Assert.Equal(TimeSpan.FromMinutes(10), casaco.For(TaskKind.Welcome, TaskPriority.High));
        Assert.Equal(TimeSpan.FromMinutes(15), treso.For(TaskKind.Welcome, TaskPriority.High));
        Assert.Equal(new TaskDeadlines().For(TaskKind.Cleaning, TaskPriority.Normal), treso.For(TaskKind.Cleaning, TaskPriority.Normal));
    }

    [Theory]
    [InlineData("0", "taskDeadlines.welcome.high")]
    [InlineData("-5", "taskDeadlines.welcome.high")]
    public void A_deadline_of_no_time_is_refused_naming_the_field(string minutes, string field)
    {
        using var folder = new TempSiteFolder();
        var original = File.ReadAllText(Path.Combine(SiteFolders.Sites, "casaco.json"));
        folder.WriteSiteText("casaco.json", original.Replace("\"high\": 10", $"\"high\": {minutes}"));

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(new SiteOptions { Folder = folder.Root }));

        Assert.Contains(field, error.Message);
    }
}
