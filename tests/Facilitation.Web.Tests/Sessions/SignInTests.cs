using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Sessions;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private FacilitationApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new FacilitationApp(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_right_pin_opens_a_session_that_says_who_is_signed_in()
    {
        var device = await _app.SignedIn("sybille");

        var session = await (await device.GetAsync("/api/session")).Json();

        Assert.Equal("sybille", session.Text("person"));
        Assert.Equal("Sybille", session.Text("name"));
        Assert.Equal("co-manager", session.Text("role"));
        Assert.Equal("casaco", session.Text("site"));
    }

    [Fact]
    public async Task A_wrong_pin_and_an_unknown_name_get_the_same_answer()
    {
        var device = _app.Device();

        var wrongPin = await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "lea", pin = "0000" });
        var unknown = await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "nobody", pin = "0000" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal((await wrongPin.Json()).Text("detail"), (await unknown.Json()).Text("detail"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/sites/casaco/weeks/2027-W10")).StatusCode);
    }

    [Fact]
    public async Task Guessing_pins_is_stopped_after_five_wrong_ones_even_with_the_right_one()
    {
        var device = _app.Device();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "samir", pin = $"000{i}" })).StatusCode);

        var blocked = await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "samir", pin = DemoStaff.Pins["samir"] });

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(int.Parse(blocked.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("session.too-many-attempts", (await blocked.Json()).Text("code"));
    }

    [Theory]
    [InlineData("{\"site\":\"casaco\",\"person\":\"lea\",\"pin\":\"12345\"}", "pin")]
    [InlineData("{\"site\":\"casaco\",\"person\":\"lea\"}", "pin")]
    [InlineData("{\"site\":\"casaco\",\"person\":\"Léa\",\"pin\":\"1234\"}", "person")]
    [InlineData("{\"site\":\"\",\"person\":\"lea\",\"pin\":\"1234\"}", "site")]
    [InlineData("{\"site\":\"casaco\",\"person\":\"lea\",\"pin\":1234}", "pin")]
    public async Task Bad_sign_in_input_is_a_400_naming_the_field(string body, string field)
    {
        var response = await _app.Device().PostAsync("/api/session", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task An_unknown_site_is_a_404()
    {
        var response = await _app.Device().PostAsJsonAsync("/api/session", new { site = "atlantis", person = "lea", pin = "2958" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_session_of_one_site_cannot_act_on_another()
    {
        var morgane = await _app.SignedIn("morgane", site: "la-treso");

        var week = await morgane.GetAsync("/api/sites/casaco/weeks/2027-W10");
        var publish = await morgane.Publish("x", "welcome", "2027-03-09T09:00", "2027-03-09T13:00", site: "casaco");

        Assert.Equal(HttpStatusCode.Forbidden, week.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal("site.other", (await publish.Json()).Text("code"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var device = await _app.SignedIn("lea");

        await device.DeleteAsync("/api/session");

        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.Act("2027-W10-00000000", "claim", "x")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_may_list_the_sites_and_read_the_api_description_only()
    {
        var device = _app.Device();

        var sites = await device.GetAsync("/api/sites");
        var openApi = await device.GetAsync("/openapi/v1.json");
        var week = await device.GetAsync("/api/sites/casaco/weeks/2027-W10");

        Assert.Equal(HttpStatusCode.OK, sites.StatusCode);
        Assert.Contains("\"casaco\"", await sites.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var description = await openApi.Content.ReadAsStringAsync();
        Assert.Contains("/api/sites/{site}/shifts/{shift}/claim", description);
        Assert.Contains("/api/sites/{site}/weeks/{week}", description);
        Assert.Equal(HttpStatusCode.Unauthorized, week.StatusCode);
    }
}
