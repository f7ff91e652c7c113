using System.Globalization;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sites;
using Facilitation.Web.Tasks;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Pages;

/// <summary>
/// The pages, served by the product itself from wwwroot: HTML, CSS, ES modules and the
/// @microsoft/signalr browser client that the build copies to wwwroot/lib (ClientAssets.targets).
/// </summary>
public static class PageEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    /// <summary>
    /// Static files from wwwroot, "/" (the home), "/dashboard" (the staff dashboard), "/tablette" (the
    /// facilitators' shared tablet) and "/accueil" (the front-desk kiosk), with the list of places the kiosk offers.
    /// </summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            // Small files that change with each release: always revalidate (ETag / Last-Modified),
            // so that a tablet never runs yesterday's page against today's API.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });

        var pages = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context) => Page(context, "index.html"));
        pages.MapGet("/dashboard", (HttpContext context) => Page(context, "dashboard.html"));
        pages.MapGet("/heures", (HttpContext context) => Page(context, "heures.html"));
        pages.MapGet("/accueil", (HttpContext context) => Page(context, "accueil.html"));
        pages.MapGet("/salles", (HttpContext context) => Page(context, "salles.html"));
        pages.MapGet("/tablette", (HttpContext context) => Page(context, "tablette.html"));
        pages.MapGet("/routines", (HttpContext context) => Page(context, "routines.html"));
        pages.MapGet("/accueil/places/{site}", KioskPlaces);
        return app;
    }

    /// <summary>A place the kiosk offers as a big button: its id for the request, its name, and where it is.</summary>
    public sealed record KioskPlace(string Id, string Name, string Kind, int? Floor, string? FloorName);

    /// <summary>
    /// The places a member picks at the front desk: the entrance, each floor, then the meeting
    /// rooms and the fablab (by floor). Desks are left out: a member says "1st floor". The names
    /// are the ones a task shows (<see cref="Places.TryName"/>), in the caller's language. Public,
    /// like the site's summary: only what a visitor reads on the doors.
    /// </summary>
    private static IResult KioskPlaces(string site, HttpContext context, SiteCatalog sites)
    {
        if (!sites.TryFind(site, out var found))
            return Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.");
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        string? FloorName(int floor) => Places.TryName(found, $"floor-{floor}", fr, out var name) ? name : null;

        var places = new List<KioskPlace>();
        if (Places.TryName(found, Places.Entrance, fr, out var entrance)) places.Add(new(Places.Entrance, entrance, "entrance", null, null));
        var floors = found.Rooms.Select(r => r.Floor).Concat(found.Desks.Select(d => d.Floor)).Distinct().Order();
        foreach (var floor in floors)
            if (FloorName(floor) is { } name) places.Add(new($"floor-{floor}", name, "floor", floor, null));
        foreach (var room in found.Rooms.Where(r => r.Kind is RoomKind.MeetingRoom or RoomKind.Fablab).OrderBy(r => r.Kind).ThenBy(r => r.Floor).ThenBy(r => r.Name, StringComparer.Ordinal))
            places.Add(new(room.Id, room.Name, room.Kind == RoomKind.Fablab ? "fablab" : "meeting-room", room.Floor, FloorName(room.Floor)));

        context.Response.Headers.CacheControl = "no-cache";
        return Results.Ok(places);
    }

    /// <summary>A file of wwwroot (Results.File with a relative path reads the web root).</summary>
    private static IResult Page(HttpContext context, string file)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return Results.File(file, Html);
    }
}
