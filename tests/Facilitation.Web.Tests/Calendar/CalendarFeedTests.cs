using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Calendar;

/// <summary>A person's shifts as a calendar feed behind a private link, read by a client with no session, as a phone would.</summary>
public sealed class CalendarFeedTests : HostOnAFakeClock
{
    private HttpClient _manager = null!;
    private HttpClient _lea = null!;
    private string _morning = null!;

    protected override async Task ArrangeAsync()
    {
        _manager = await App.SignedIn("aurelien");
        _lea = await App.SignedIn("lea");
        _morning = await _manager.Published("2027-03-10T09:00", "2027-03-10T13:00");
        var afternoon = await _manager.Published("2027-03-17T14:00", "2027-03-17T18:00", role: "logistics");
        await _manager.Published("2027-03-11T09:00", "2027-03-11T13:00"); // open: not Léa's
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_morning, "claim", "c1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(afternoon, "claim", "c2")).StatusCode);
    }

    private async Task<string> LinkOf(HttpClient device, string person)
    {
        var link = await device.GetFromJsonAsync<Link>($"/api/sites/casaco/people/{person}/calendar-link");
        return new Uri(link!.Url).PathAndQuery;
    }

    private sealed record Link(string Url);

    [Fact]
    public async Task A_phone_with_the_link_reads_the_shifts_the_person_holds_and_nothing_else()
    {
        var phone = App.CreateClient();

        var response = await phone.GetAsync(await LinkOf(_lea, "lea"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events.OrderBy(e => e.Start!.AsUtc).First();
        Assert.Equal($"{_morning}@casaco.facilitation", first.Uid);
        Assert.Equal("Accueil — Casaco", first.Summary);
        Assert.Equal(new DateTime(2027, 3, 10, 8, 0, 0, DateTimeKind.Utc), first.Start!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 10, 12, 0, 0, DateTimeKind.Utc), first.End!.AsUtc);
        Assert.Contains(calendar.Events, e => e.Summary == "Logistique — Casaco");
    }

    [Fact]
    public async Task A_released_shift_leaves_the_feed()
    {
        var link = await LinkOf(_lea, "lea");
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_morning, "release", "r1")).StatusCode);

        var calendar = Ical.Net.Calendar.Load(await App.CreateClient().GetStringAsync(link))!;

        Assert.Single(calendar.Events);
        Assert.DoesNotContain(calendar.Events, e => e.Uid!.StartsWith(_morning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_speaks_english_on_request()
    {
        var calendar = Ical.Net.Calendar.Load(await App.CreateClient().GetStringAsync(await LinkOf(_lea, "lea") + "?lang=en"))!;

        Assert.Contains(calendar.Events, e => e.Summary == "Welcome — Casaco");
    }

    [Fact]
    public async Task A_facilitator_gets_only_their_own_link_and_a_co_manager_anyones()
    {
        var samir = await App.SignedIn("samir");

        var refused = await samir.GetAsync("/api/sites/casaco/people/lea/calendar-link");
        var unknown = await _manager.GetAsync("/api/sites/casaco/people/nobody/calendar-link");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("calendar.not-yours", (await refused.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, Ical.Net.Calendar.Load(await App.CreateClient().GetStringAsync(await LinkOf(_manager, "lea")))!.Events.Count);
    }

    [Theory]
    [InlineData("/calendar/not-a-token.ics")]
    [InlineData("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    public async Task A_made_up_or_damaged_link_is_a_404(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("calendar.link-invalid", (await response.Json()).Text("code"));
    }

    [Fact]
    public async Task A_link_with_one_character_changed_is_a_404()
    {
        var link = await LinkOf(_lea, "lea");
        var tampered = link[..^6] + (link[^6] == 'A' ? 'B' : 'A') + link[^5..];

        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync(tampered)).StatusCode);
    }
}
