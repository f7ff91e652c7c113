using System.Text.Json.Nodes;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Tests.Sites;

public sealed class BrokenSiteFileTests : IDisposable
{
    private readonly TempSiteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SiteFileException LoadFails(bool withStaff = false) =>
        Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(_folder.Root, withStaff ? _folder.Staff : null));

    private static void AssertNames(SiteFileException error, string file, string field)
    {
        Assert.Contains(error.Errors, e => e.File == file && e.Field == field);
        Assert.Contains($"{file}: {field}: ", error.Message);
    }

    [Fact]
    public void The_valid_test_files_load()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        _folder.WriteStaff("test.staff.json", TempSiteFolder.ValidStaff("test", "alice", "bob"));

        var catalog = SiteFileLoader.Load(_folder.Root, _folder.Staff);

        Assert.Equal(2, Assert.Single(catalog.All).Staff.Count);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_naming_the_file_and_the_field()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["timeZone"] = "Europe/Malakoff";
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "timeZone");
        Assert.Contains("Europe/Malakoff", error.Message);
    }

    [Fact]
    public void A_duplicate_desk_id_is_refused_naming_the_file_and_the_desk()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["desks"]![1]!["id"] = "poste-01";
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "desks[1].id");
        Assert.Contains("duplicate desk id 'poste-01'", error.Message);
    }

    [Fact]
    public void A_duplicate_room_id_is_refused()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["rooms"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "salle-a", ["name"] = "Salle B", ["kind"] = "meetingRoom", ["floor"] = 0, ["capacity"] = 4,
        });
        var file = _folder.WriteSite("test.json", site);

        AssertNames(LoadFails(), file, "rooms[1].id");
    }

    [Fact]
    public void A_site_id_that_is_not_a_lower_case_slug_is_refused()
    {
        var site = TempSiteFolder.ValidSite("Test Site");
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "id");
        Assert.Contains("'Test Site' is not a site id", error.Message);
    }

    [Fact]
    public void A_desk_id_that_is_not_a_slug_is_refused()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["desks"]![0]!["id"] = "Poste 1";
        var file = _folder.WriteSite("test.json", site);

        AssertNames(LoadFails(), file, "desks[0].id");
    }

    [Fact]
    public void A_site_file_is_named_after_its_site_id()
    {
        var file = _folder.WriteSite("other.json", TempSiteFolder.ValidSite("test"));

        var error = LoadFails();

        AssertNames(error, file, "id");
        Assert.Contains("test.json", error.Message);
    }

    [Fact]
    public void The_desks_listed_must_match_the_desk_count()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["deskCount"] = 45;
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "desks");
        Assert.Contains("2 desks are listed but deskCount says 45", error.Message);
    }

    [Fact]
    public void Negative_hours_are_refused()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["labourRules"]!["weeklyBudgetHours"] = -5;
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "labourRules.weeklyBudgetHours");
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Daily_work_and_daily_rest_must_fit_in_a_day()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["labourRules"]!["maximumDailyWorkHours"] = 14;
        var file = _folder.WriteSite("test.json", site);

        AssertNames(LoadFails(), file, "labourRules.maximumDailyWorkHours");
    }

    [Fact]
    public void A_missing_field_is_refused_by_name()
    {
        var site = TempSiteFolder.ValidSite("test");
        site.Remove("capacity");
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "capacity");
        Assert.Contains("required", error.Message);
    }

    [Fact]
    public void An_unknown_field_is_refused_by_name()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["capacityy"] = 100;
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "capacityy");
        Assert.Contains("unknown field", error.Message);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_refused_by_name()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["desks"]![0]!["floor"] = "first";
        var file = _folder.WriteSite("test.json", site);

        AssertNames(LoadFails(), file, "desks[0].floor");
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused_naming_the_file()
    {
        var file = _folder.WriteSiteText("test.json", "{ \"id\": \"test\", ");

        var error = LoadFails();

        Assert.Contains(error.Errors, e => e.File == file);
        Assert.Contains(file, error.Message);
    }

    [Fact]
    public void An_unknown_room_kind_is_refused_listing_the_known_ones()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["rooms"]![0]!["kind"] = "kitchen";
        var file = _folder.WriteSite("test.json", site);

        var error = LoadFails();

        AssertNames(error, file, "rooms[0].kind");
        Assert.Contains("\"meetingRoom\", \"fablab\", \"sharedSpace\"", error.Message);
    }

    [Fact]
    public void A_day_that_closes_before_it_opens_is_refused()
    {
        var site = TempSiteFolder.ValidSite("test");
        site["openingHours"]![0]!["closes"] = "08:00";
        var file = _folder.WriteSite("test.json", site);

        AssertNames(LoadFails(), file, "openingHours[0].closes");
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_once()
    {
        var first = TempSiteFolder.ValidSite("first");
        first["timeZone"] = "Mars/Olympus";
        first["capacity"] = -1;
        var firstFile = _folder.WriteSite("first.json", first);
        var second = TempSiteFolder.ValidSite("second");
        second["desks"]![1]!["id"] = "poste-01";
        var secondFile = _folder.WriteSite("second.json", second);

        var error = LoadFails();

        AssertNames(error, firstFile, "timeZone");
        AssertNames(error, firstFile, "capacity");
        AssertNames(error, secondFile, "desks[1].id");
    }

    [Fact]
    public void A_missing_folder_is_refused_naming_it()
    {
        var missing = Path.Combine(_folder.Root, "nowhere");

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load(missing));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void A_folder_without_site_files_is_refused()
    {
        var error = LoadFails();

        Assert.Contains("no site file", error.Message);
    }

    [Fact]
    public void A_staff_file_for_an_unknown_site_is_refused()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        var file = _folder.WriteStaff("elsewhere.staff.json", TempSiteFolder.ValidStaff("elsewhere", "alice"));

        var error = LoadFails(withStaff: true);

        Assert.Contains(error.Errors, e => e.File == file);
        Assert.Contains("unknown site 'elsewhere'", error.Message);
    }

    [Fact]
    public void A_staff_file_names_the_site_of_its_file_name()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        var file = _folder.WriteStaff("test.staff.json", TempSiteFolder.ValidStaff("other", "alice"));

        AssertNames(LoadFails(withStaff: true), file, "site");
    }

    [Fact]
    public void A_person_id_is_unique_in_the_whole_network()
    {
        _folder.WriteSite("one.json", TempSiteFolder.ValidSite("one"));
        _folder.WriteSite("two.json", TempSiteFolder.ValidSite("two"));
        var first = _folder.WriteStaff("one.staff.json", TempSiteFolder.ValidStaff("one", "alice"));
        var second = _folder.WriteStaff("two.staff.json", TempSiteFolder.ValidStaff("two", "bob", "alice"));

        var error = LoadFails(withStaff: true);

        AssertNames(error, second, "staff[1].id");
        Assert.Contains(first, error.Message);
    }

    [Fact]
    public void A_clear_PIN_in_place_of_its_hash_is_refused()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        var staff = TempSiteFolder.ValidStaff("test", "alice");
        staff["staff"]![0]!["pinHash"] = "1234";
        var file = _folder.WriteStaff("test.staff.json", staff);

        AssertNames(LoadFails(withStaff: true), file, "staff[0].pinHash");
    }

    [Fact]
    public void A_contract_above_the_legal_weekly_maximum_is_refused()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        var staff = TempSiteFolder.ValidStaff("test", "alice");
        staff["staff"]![0]!["contractWeeklyHours"] = 50;
        var file = _folder.WriteStaff("test.staff.json", staff);

        AssertNames(LoadFails(withStaff: true), file, "staff[0].contractWeeklyHours");
    }

    [Fact]
    public void Two_people_of_one_site_cannot_share_a_name()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        var staff = TempSiteFolder.ValidStaff("test", "alice", "alice2");
        staff["staff"]![1]!["name"] = "Alice";
        var file = _folder.WriteStaff("test.staff.json", staff);

        AssertNames(LoadFails(withStaff: true), file, "staff[1].name");
    }

    [Fact]
    public void Staff_files_are_not_read_as_site_files()
    {
        _folder.WriteSite("test.json", TempSiteFolder.ValidSite("test"));
        _folder.WriteSite("test.staff.json", TempSiteFolder.ValidStaff("test", "alice"));

        var catalog = SiteFileLoader.Load(_folder.Root);

        Assert.Empty(Assert.Single(catalog.All).Staff);
    }
}
