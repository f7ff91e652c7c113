using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Facilitation.Web.Hubs;

/// <summary>
/// The staff's live feed. Signed-in staff only; each connection joins its site's group, its role's
/// and its own, and receives <see cref="StaffHubGroups.Method"/> messages pushed by the bridge.
/// </summary>
[Authorize]
public sealed class StaffHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        var site = StaffClaims.SiteOf(Context.User!);
        var caller = StaffClaims.CallerOf(Context.User!);
        if (site is null || caller is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffHubGroups.Site(site.Value));
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffHubGroups.Role(site.Value, caller.Role));
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffHubGroups.Person(site.Value, caller.Person));
        await base.OnConnectedAsync();
    }
}

/// <summary>The names of the hub's groups and of the one client method.</summary>
public static class StaffHubGroups
{
    public const string Method = "staffEvent";

    public static string Site(SiteId site) => $"site:{site}";

    public static string Role(SiteId site, StaffRole role) => $"site:{site}:role:{role}";

    public static string Person(SiteId site, PersonId person) => $"site:{site}:person:{person}";
}
