using System.Globalization;
using Facilitation.Domain.Ids;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Facilitation.Web.Sessions;

/// <summary>Sign in with a name and a PIN on a site; the session is a cookie.</summary>
public static class SessionEndpoints
{
    public sealed record SignIn(string? Site, string? Person, string? Pin);

    public sealed record SessionView(string Site, string Person, string Name, string Role);

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapPost("/", SignInAsync).AllowAnonymous();
        group.MapGet("/", (HttpContext context) =>
        {
            var user = context.User;
            if (StaffClaims.IsKiosk(user) && StaffClaims.SiteOf(user) is { } kioskSite)
                return Results.Ok(new SessionView(kioskSite.Value, "kiosk", user.Identity?.Name ?? "Accueil", "kiosk"));
            var caller = StaffClaims.CallerOf(user);
            return caller is null || StaffClaims.SiteOf(user) is not { } site
                ? Results.Unauthorized()
                : Results.Ok(new SessionView(site.Value, caller.Person.Value, user.Identity?.Name ?? caller.Person.Value, RoleName(caller.Role)));
        }).RequireAuthorization();
        group.MapPost("/kiosk", EnrolKioskAsync).RequireAuthorization();
        group.MapDelete("/", async (HttpContext context, SessionRevocations revocations) =>
        {
            // The browser forgets the cookie; the server forgets the sign-in, so that a copy of the
            // cookie (a shared tablet, a proxy log) no longer works either.
            if (StaffClaims.SessionIdOf(context.User) is { } sid)
            {
                var ticket = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                revocations.Revoke(sid, ticket.Properties?.ExpiresUtc);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> SignInAsync(SignIn? body, HttpContext context, SiteCatalog sites, PinAttemptGuard guard)
    {
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        var errors = new RequestErrors();
        if (body is null) errors.Add("body", fr ? "Le corps de la requête est vide." : "The request body is empty.");
        else
        {
            if (!SiteId.IsValid(body.Site)) errors.Add("site", fr ? "Indiquez le site (par exemple « casaco »)." : "Give the site (for example \"casaco\").");
            if (!PersonId.IsValid(body.Person)) errors.Add("person", fr ? "Indiquez la personne (par exemple « lea »)." : "Give the person (for example \"lea\").");
            if (!PinHasher.IsValidPin(body.Pin)) errors.Add("pin", fr ? "Le code est fait de 4 chiffres." : "The PIN is 4 digits.");
        }
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        if (!sites.TryFind(body!.Site, out var site))
            return Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.");

        var personKey = $"person:{site.Id}:{body.Person}";
        var deviceKey = $"device:{context.Connection.RemoteIpAddress}";
        var wait = Max(guard.WaitFor(personKey), guard.WaitFor(deviceKey));
        if (wait > TimeSpan.Zero)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Problem(
                fr ? "Trop de codes erronés : réessayez plus tard." : "Too many wrong PINs: try again later.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: fr ? "Trop d'essais" : "Too many attempts",
                type: "/problems/session.too-many-attempts",
                extensions: new Dictionary<string, object?> { ["code"] = "session.too-many-attempts", ["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds) });
        }

        var member = site.FindStaff(new PersonId(body.Person!));
        if (member is null || !PinHasher.Verify(body.Pin, member.PinHash))
        {
            guard.Failed(personKey);
            guard.Failed(deviceKey);
            // Same answer for an unknown name and a wrong PIN: the answer tells nothing to a guesser.
            return Results.Problem(
                fr ? "Nom ou code incorrect." : "Wrong name or PIN.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: fr ? "Connexion refusée" : "Sign-in refused",
                type: "/problems/session.wrong-pin",
                extensions: new Dictionary<string, object?> { ["code"] = "session.wrong-pin" });
        }

        guard.Succeeded(personKey);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            StaffClaims.For(site.Id, member, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Ok(new SessionView(site.Id.Value, member.Id.Value, member.Name, RoleName(member.Role)));
    }

    /// <summary>
    /// A co-manager signed in on the front-desk device turns it into the site's kiosk: the session
    /// becomes the kiosk's, for a year, and can only raise requests.
    /// </summary>
    private static async Task<IResult> EnrolKioskAsync(HttpContext context, TimeProvider clock)
    {
        var caller = StaffClaims.CallerOf(context.User);
        if (caller is null || !caller.IsCoManager || StaffClaims.SiteOf(context.User) is not { } site)
            return Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e installe la borne d'accueil.", "Only a co-manager sets up the front-desk kiosk.");
        var device = $"kiosk-{Guid.NewGuid():N}";
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            StaffClaims.ForKiosk(site, device, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = true, AllowRefresh = false, ExpiresUtc = clock.GetUtcNow().AddDays(365) });
        return Results.Ok(new { site = site.Value, device, role = "kiosk" });
    }

    private static string RoleName(Domain.Sites.StaffRole role) =>
        role == Domain.Sites.StaffRole.CoManager ? "co-manager" : "facilitator";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
