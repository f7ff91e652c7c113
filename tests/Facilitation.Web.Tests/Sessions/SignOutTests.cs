using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Sessions;

/// <summary>Signing out closes the sign-in on the server: a kept copy of the cookie no longer works.</summary>
public sealed class SignOutTests : IAsyncLifetime
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
    public async Task A_copy_of_the_session_cookie_kept_from_before_the_sign_out_is_refused()
    {
        var tablet = _app.Device();
        var signIn = await tablet.PostAsJsonAsync("/api/session", new { site = "casaco", person = "lea", pin = DemoStaff.Pins["lea"] });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = SessionCookie(signIn);
        using var copy = _app.CreateClient(new() { HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(copy, cookie, "/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await tablet.DeleteAsync("/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(copy, cookie, "/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(copy, cookie, "/api/sites/casaco/weeks/current")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_one_sign_in_leaves_the_same_persons_other_devices_signed_in()
    {
        var tablet = await _app.SignedIn("lea");
        var phone = await _app.SignedIn("lea");

        Assert.Equal(HttpStatusCode.NoContent, (await tablet.DeleteAsync("/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/session")).StatusCode);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("facilitation.session=", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> WithCookie(HttpClient client, string cookie, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
