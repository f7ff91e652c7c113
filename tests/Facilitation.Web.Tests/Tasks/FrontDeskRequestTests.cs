using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Tasks;

public sealed class FrontDeskRequestTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_request_at_the_kiosk_becomes_a_task_at_once()
    {
        var kiosk = await App.Kiosk();

        var response = await kiosk.Request("visitor-1", "visitor-arrived", "entrance", text: "Pour Léa, rendez-vous de 10 h", name: "Jeanne Martin");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var task = await response.Json();
        Assert.Equal("welcome", task.Text("kind"));
        Assert.Equal("high", task.Text("priority"));
        Assert.Equal("member-request", task.Text("origin"));
        Assert.Equal("Jeanne Martin", task.Text("requestedBy"));
        Assert.Equal("Entrée", task.Text("placeName"));
        Assert.Equal(TimeSpan.FromMinutes(10), DateTimeOffset.Parse(task.Text("dueAt")) - DateTimeOffset.Parse(task.Text("raisedAt")));
        var board = await Manager.Tasks();
        Assert.Equal("open", board.Task(task.Text("id")).Text("status"));
    }

    [Fact]
    public async Task A_request_with_nothing_written_is_titled_by_its_button()
    {
        var kiosk = await App.Kiosk();

        var task = await (await kiosk.Request("printer-1", "printer", "floor-1")).Json();

        Assert.Equal("Imprimante", task.Text("title"));
        Assert.Equal("logistics", task.Text("kind"));
        Assert.Equal("Étage 1", task.Text("placeName"));
    }

    [Fact]
    public async Task A_script_in_a_request_is_kept_as_plain_text()
    {
        var kiosk = await App.Kiosk();

        var task = await (await kiosk.Request("xss", "other", "entrance", text: "<script>alert('x')</script>")).Json();

        Assert.Equal("<script>alert('x')</script>", task.Text("title"));
        Assert.Equal("<script>alert('x')</script>", (await Manager.Tasks()).Task(task.Text("id")).Text("title"));
    }

    [Fact]
    public async Task A_retried_request_is_applied_once()
    {
        var kiosk = await App.Kiosk();

        var first = await kiosk.Request("same", "supplies", "entrance");
        var again = await kiosk.Request("same", "supplies", "entrance");

        Assert.Equal((await first.Json()).Text("id"), (await again.Json()).Text("id"));
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Single((await Manager.Tasks())["tasks"]!.AsArray());
    }

    public static TheoryData<string?, string?, string?, string?, string?, string> BadRequests => new()
    {
        { null, "printer", "entrance", null, null, "commandId" },
        { "c", null, "entrance", null, null, "category" },
        { "c", "coffee", "entrance", null, null, "category" },
        { "c", "printer", "the-moon", null, null, "place" },
        { "c", "printer", null, null, null, "place" },
        { "c", "other", "entrance", null, null, "text" },
        { "c", "other", "entrance", new string('a', 20_000), null, "text" },
        { "c", "visitor-arrived", "entrance", null, null, "name" },
        { "c", "visitor-arrived", "entrance", null, new string('n', 101), "name" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_requests_get_a_400_naming_the_field_and_create_nothing(string? commandId, string? category, string? place, string? text, string? name, string field)
    {
        var kiosk = await App.Kiosk();

        var response = await kiosk.Request(commandId!, category!, place!, text, name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey(field));
        Assert.Empty((await Manager.Tasks())["tasks"]!.AsArray());
    }

    [Fact]
    public async Task The_kiosk_only_raises_requests()
    {
        var kiosk = await App.Kiosk();
        var task = (await (await kiosk.Request("r", "supplies", "entrance")).Json()).Text("id");

        var week = await kiosk.GetAsync("/api/sites/casaco/weeks/current");
        var claim = await kiosk.ActOnTask(task, "claim", "k-claim");
        var publish = await kiosk.Publish("k-pub", "welcome", "2027-03-09T09:00", "2027-03-09T13:00");

        Assert.Equal(HttpStatusCode.Forbidden, week.StatusCode);
        Assert.Equal("kiosk.requests-only", (await week.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Only_a_co_manager_turns_a_device_into_the_kiosk_and_anonymous_requests_are_refused()
    {
        var lea = await App.SignedIn("lea");

        var byFacilitator = await lea.PostAsync("/api/session/kiosk", null);
        var anonymous = await App.Device().Request("a", "printer", "entrance");

        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_kiosk_that_floods_the_staff_is_slowed_down()
    {
        var kiosk = await App.Kiosk();
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Created, (await kiosk.Request($"flood-{i}", "supplies", "entrance")).StatusCode);

        var eleventh = await kiosk.Request("flood-10", "supplies", "entrance");

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal("request.too-many", (await eleventh.Json()).Text("code"));
        Assert.Equal(10, (await Manager.Tasks())["tasks"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_request_on_another_sites_kiosk_is_refused()
    {
        var tresoKiosk = await App.Kiosk(site: "la-treso", coManager: "morgane");

        var response = await tresoKiosk.Request("x", "printer", "entrance", site: "casaco");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
