using System.Net;
using System.Text;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Payroll;

/// <summary>The month's worked hours per person for payroll, from real shifts started and ended on a clock the test moves.</summary>
public sealed class PayrollExportTests : HostOnAFakeClock
{
    protected override async Task ArrangeAsync()
    {
        var manager = await App.SignedIn("aurelien");
        var lea = await App.SignedIn("lea");
        var shift = await manager.Published("2027-03-08T09:00", "2027-03-08T13:00");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", "claim")).StatusCode);
        Clock.SetUtcNow(MondayMorning.AddHours(1).AddMinutes(50)); // 08:50
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedIn("lea")).Act(shift, "start", "start")).StatusCode);
        Clock.SetUtcNow(MondayMorning.AddHours(6).AddMinutes(20)); // 13:20: 4 h 30 worked
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedIn("lea")).Act(shift, "end", "end")).StatusCode);
    }

    [Fact]
    public async Task The_month_lists_every_paid_person_with_the_hours_really_worked()
    {
        var manager = await App.SignedIn("aurelien");

        var month = await (await manager.GetAsync("/api/sites/casaco/payroll/2027-03")).Json();

        var people = month["people"]!.AsArray();
        Assert.Equal(9, people.Count);
        var lea = people.Single(p => p!.Text("person") == "lea")!;
        Assert.Equal((1, 270, 4.5), ((int)lea.Number("shifts"), (int)lea.Number("workedMinutes"), lea.Number("workedHours")));
        Assert.All(people.Where(p => p!.Text("person") != "lea"), p => Assert.Equal(0, p!.Number("workedMinutes")));
        var april = await (await manager.GetAsync("/api/sites/casaco/payroll/2027-04")).Json();
        Assert.All(april["people"]!.AsArray(), p => Assert.Equal(0, p!.Number("workedMinutes")));
    }

    [Fact]
    public async Task The_csv_is_french_by_default_semicolons_and_decimal_commas_with_a_byte_order_mark()
    {
        var manager = await App.SignedIn("aurelien");

        var response = await manager.GetAsync("/api/sites/casaco/payroll/2027-03.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("paie-casaco-2027-03.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("identifiant;nom;contrat_heures_semaine;services;heures;heures_decimales;absences", lines[0]);
        Assert.Contains("lea;Léa;20;1;4:30;4,50;0", lines);
        Assert.Equal(10, lines.Length);
    }

    [Fact]
    public async Task The_csv_in_english_uses_commas_and_decimal_points()
    {
        var manager = await App.SignedIn("aurelien");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var text = await manager.GetStringAsync("/api/sites/casaco/payroll/2027-03.csv");

        Assert.StartsWith("person,name,contract_weekly_hours,shifts,hours,decimal_hours,no_shows", text.TrimStart('\uFEFF'));
        Assert.Contains("lea,Léa,20,1,4:30,4.50,0", text);
    }

    [Fact]
    public async Task Only_a_co_manager_exports_payroll()
    {
        var lea = await App.SignedIn("lea");

        var response = await lea.GetAsync("/api/sites/casaco/payroll/2027-03.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("role.co-manager-only", (await response.Json()).Text("code"));
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("2027-3")]
    [InlineData("mars")]
    [InlineData("2027-03.xlsx")]
    public async Task A_month_not_written_like_2027_03_is_a_400_naming_the_month(string month)
    {
        var manager = await App.SignedIn("aurelien");

        var response = await manager.GetAsync($"/api/sites/casaco/payroll/{month}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["month"]);
    }
}
