using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class LaTresoSiteFileTests
{
    private static Site Load(bool withStaff) =>
        SiteFileLoader.Load(SiteFolders.Sites, withStaff ? SiteFolders.DemoStaff : null).Find(new SiteId("la-treso"))
        ?? throw new InvalidOperationException("la-treso is not in the catalog");

    [Fact]
    public void La_Treso_has_its_own_35_hour_budget_and_delays()
    {
        var site = Load(withStaff: false);

        Assert.Equal("La Tréso", site.Name);
        Assert.Equal("Europe/Paris", site.TimeZone.Id);
        Assert.Equal(TimeSpan.FromHours(35), site.Rules.WeeklyBudget);
        Assert.Equal(TimeSpan.FromMinutes(15), site.Rules.EarliestStartBefore);
        Assert.Equal(TimeSpan.FromMinutes(20), site.Rules.NoShowAfter);
    }

    [Fact]
    public void La_Treso_has_2_meeting_rooms_and_12_desks()
    {
        var site = Load(withStaff: false);

        Assert.Equal(2, site.Rooms.Count);
        Assert.All(site.Rooms, r => Assert.Equal(RoomKind.MeetingRoom, r.Kind));
        Assert.Equal(12, site.Desks.Count);
    }

    [Fact]
    public void La_Treso_opens_Tuesday_to_Saturday_and_late_on_Thursdays()
    {
        var opening = Load(withStaff: false).Opening;

        Assert.Equal(
            [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            opening.Select(o => o.Day));
        Assert.Equal(new TimeOnly(21, 0), opening.Single(o => o.Day == DayOfWeek.Thursday).Closes);
    }

    [Fact]
    public void La_Treso_demo_staff_is_1_co_manager_and_2_facilitators()
    {
        var staff = Load(withStaff: true).Staff;

        Assert.Equal(3, staff.Count);
        Assert.Single(staff, s => s.Role == StaffRole.CoManager);
        Assert.Equal(2, staff.Count(s => s.Role == StaffRole.Facilitator));
    }

    [Fact]
    public void Both_sites_load_side_by_side_in_one_catalog_ordered_by_id()
    {
        var catalog = SiteFileLoader.Load(SiteFolders.Sites, SiteFolders.DemoStaff);

        Assert.Equal(["casaco", "la-treso"], catalog.All.Select(s => s.Id.Value));
        Assert.Equal(12, catalog.All.Sum(s => s.Staff.Count));
    }
}
