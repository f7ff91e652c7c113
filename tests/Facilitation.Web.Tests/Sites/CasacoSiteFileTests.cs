using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class CasacoSiteFileTests
{
    private static readonly SiteId Casaco = new("casaco");

    private static Site Load(bool withStaff) =>
        SiteFileLoader.Load(SiteFolders.Sites, withStaff ? SiteFolders.DemoStaff : null).Find(Casaco)
        ?? throw new InvalidOperationException("casaco is not in the catalog");

    [Fact]
    public void The_site_files_are_copied_beside_the_binaries_under_sites()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "sites", "casaco.json")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "sites", "la-treso.json")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "sites", "demo", "casaco.staff.json")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "sites", "demo", "la-treso.staff.json")));
    }

    [Fact]
    public void Casaco_is_in_Malakoff_on_Paris_time_for_100_people()
    {
        var site = Load(withStaff: false);

        Assert.Equal("Casaco", site.Name);
        Assert.Equal("6 avenue Jean-Jaurès, 92240 Malakoff", site.Address);
        Assert.Equal("Europe/Paris", site.TimeZone.Id);
        Assert.Equal(100, site.Capacity);
    }

    [Fact]
    public void Casaco_shares_85_paid_hours_a_week_under_French_labour_law()
    {
        var rules = Load(withStaff: false).Rules;

        Assert.Equal(TimeSpan.FromHours(85), rules.WeeklyBudget);
        Assert.Equal(TimeSpan.FromHours(11), rules.MinimumDailyRest);
        Assert.Equal(TimeSpan.FromHours(10), rules.MaximumDailyWork);
        Assert.Equal(TimeSpan.FromHours(48), rules.MaximumWeeklyWork);
        Assert.Equal(TimeSpan.FromMinutes(30), rules.EarliestStartBefore);
        Assert.Equal(TimeSpan.FromMinutes(15), rules.NoShowAfter);
    }

    [Fact]
    public void Casaco_has_45_desks_of_both_kinds_on_its_upper_floors()
    {
        var desks = Load(withStaff: false).Desks;

        Assert.Equal(45, desks.Count);
        Assert.Equal(45, desks.Select(d => d.Id).Distinct().Count());
        Assert.Contains(desks, d => d.Kind == DeskKind.Resident);
        Assert.Contains(desks, d => d.Kind == DeskKind.Nomad);
        Assert.All(desks, d => Assert.InRange(d.Floor, 0, 2));
    }

    [Fact]
    public void Casaco_has_4_meeting_rooms_the_Fabriqueurs_fablab_and_the_main_space_on_three_floors()
    {
        var rooms = Load(withStaff: false).Rooms;

        Assert.Equal(4, rooms.Count(r => r.Kind == RoomKind.MeetingRoom));
        var fablab = Assert.Single(rooms, r => r.Kind == RoomKind.Fablab);
        Assert.Equal("Les Fabriqueurs", fablab.Name);
        Assert.Contains(rooms, r => r.Kind == RoomKind.SharedSpace && r.Name == "Espace principal");
        Assert.Equal([0, 1, 2], rooms.Select(r => r.Floor).Distinct().Order());
    }

    [Fact]
    public void Casaco_opens_on_weekdays_and_late_on_Tuesdays()
    {
        var opening = Load(withStaff: false).Opening;

        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            opening.Select(o => o.Day));
        Assert.All(opening, o => Assert.Equal(new TimeOnly(9, 0), o.Opens));
        Assert.Equal(new TimeOnly(22, 0), opening.Single(o => o.Day == DayOfWeek.Tuesday).Closes);
        Assert.All(opening.Where(o => o.Day != DayOfWeek.Tuesday), o => Assert.Equal(new TimeOnly(19, 0), o.Closes));
    }

    [Fact]
    public void Casaco_demo_staff_is_9_people_with_the_2_co_managers_and_facilitator_contracts_of_85_hours()
    {
        var site = Load(withStaff: true);

        Assert.Equal(9, site.Staff.Count);
        var coManagers = site.Staff.Where(s => s.Role == StaffRole.CoManager).Select(s => s.Name).Order();
        Assert.Equal(["Aurélien", "Sybille"], coManagers);
        Assert.Equal(7, site.Staff.Count(s => s.Role == StaffRole.Facilitator));
        var facilitatorHours = site.Staff.Where(s => s.Role == StaffRole.Facilitator)
            .Sum(s => s.ContractWeeklyHours.TotalHours);
        Assert.Equal(85, facilitatorHours);
        Assert.NotNull(site.FindStaff(new PersonId("aurelien")));
    }

    [Fact]
    public void Without_a_staff_folder_no_staff_is_loaded()
    {
        Assert.Empty(Load(withStaff: false).Staff);
    }
}
