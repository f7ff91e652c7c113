using System.Security.Claims;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Sessions;

/// <summary>What the session cookie says about who is signed in.</summary>
public static class StaffClaims
{
    public const string Person = "fac:person";
    public const string Site = "fac:site";
    public const string Role = "fac:role";
    public const string Device = "fac:device";
    public const string KioskRole = "Kiosk";

    /// <summary>Names one sign-in, so that signing out can revoke that cookie on the server too.</summary>
    public const string SessionId = "fac:sid";

    public static ClaimsPrincipal For(SiteId site, StaffMember member, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(Person, member.Id.Value),
                new Claim(Site, site.Value),
                new Claim(Role, member.Role.ToString()),
                new Claim(ClaimTypes.Name, member.Name),
                new Claim(SessionId, NewSessionId()),
            ],
            scheme, ClaimTypes.Name, Role));

    /// <summary>The front-desk kiosk of a site: a device, not a person; it only raises requests.</summary>
    public static ClaimsPrincipal ForKiosk(SiteId site, string device, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(Site, site.Value),
                new Claim(Role, KioskRole),
                new Claim(Device, device),
                new Claim(ClaimTypes.Name, "Accueil"),
                new Claim(SessionId, NewSessionId()),
            ],
            scheme, ClaimTypes.Name, Role));

    public static string? SessionIdOf(ClaimsPrincipal user) => user.FindFirstValue(SessionId);

    private static string NewSessionId() => Guid.NewGuid().ToString("N");

    public static bool IsKiosk(ClaimsPrincipal user) => user.FindFirstValue(Role) == KioskRole;

    public static string? DeviceOf(ClaimsPrincipal user) => user.FindFirstValue(Device);

    public static SiteId? SiteOf(ClaimsPrincipal user) =>
        SiteId.TryParse(user.FindFirstValue(Site), out var site) ? site : null;

    public static Caller? CallerOf(ClaimsPrincipal user) =>
        PersonId.TryParse(user.FindFirstValue(Person), out var person) && Enum.TryParse<StaffRole>(user.FindFirstValue(Role), out var role)
            ? new Caller(person, role)
            : null;
}
