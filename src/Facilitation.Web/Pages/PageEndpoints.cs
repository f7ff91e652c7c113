namespace Facilitation.Web.Pages;

/// <summary>
/// The pages, served by the product itself from wwwroot: HTML, CSS, ES modules and the
/// @microsoft/signalr browser client that the build copies to wwwroot/lib (ClientAssets.targets).
/// </summary>
public static class PageEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    /// <summary>Static files from wwwroot, "/" (the home) and "/dashboard" (the staff dashboard).</summary>
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
        return app;
    }

    /// <summary>A file of wwwroot (Results.File with a relative path reads the web root).</summary>
    private static IResult Page(HttpContext context, string file)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return Results.File(file, Html);
    }
}
