using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Sites;

/// <summary>
/// The names a tablet shows before anyone signs in come from the site's public summary: each
/// person's id, name and role, and nothing that helps to guess a PIN.
/// </summary>
public sealed class SignInNamesTests : IAsyncLifetime
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
    public async Task Anyone_gets_the_sites_staff_as_id_name_and_role_only_never_a_pin_hash()
    {
        var response = await _app.Device().GetAsync("/api/sites/casaco");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var site = await response.Json();

        var staff = site["staff"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(9, staff.Count);
        Assert.All(staff, s => Assert.Equal(["person", "name", "role"], s.Select(p => p.Key)));
        var lea = staff.Single(s => s.Text("person") == "lea");
        Assert.Equal("Léa", lea.Text("name"));
        Assert.Equal("facilitator", lea.Text("role"));
        Assert.DoesNotContain("pbkdf2", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pin", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contract", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_site_is_a_404_problem()
    {
        var response = await _app.Device().GetAsync("/api/sites/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("site.not-found", (await response.Json()).Text("code"));
    }
}
