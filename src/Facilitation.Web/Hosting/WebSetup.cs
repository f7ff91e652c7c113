using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Actors.Hosting;
using Facilitation.Web.Api;
using Facilitation.Web.Sessions;
using Facilitation.Web.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Facilitation.Web.Hosting;

/// <summary>HTTP concerns: sessions, languages, problem details, JSON.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("fr"), new("en")];

    public static IServiceCollection AddFacilitationWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();
        services.Configure<ApiSettings>(configuration.GetSection("Facilitation:Api"));
        services.AddSingleton<PinAttemptGuard>();
        services.AddSingleton<SessionRevocations>();
        services.AddSingleton<Calendar.CalendarLinks>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = UnreadableRequest.Describe);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "facilitation.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = SessionRevocations.IdleTimeout;
            o.SlidingExpiration = true;
            // A cookie signed out of (DELETE /api/session) stops working even if a copy was kept.
            o.Events.OnValidatePrincipal = async c =>
            {
                var revocations = c.HttpContext.RequestServices.GetRequiredService<SessionRevocations>();
                if (c.Principal is { } user && StaffClaims.SessionIdOf(user) is { } sid && revocations.IsRevoked(sid))
                {
                    c.RejectPrincipal();
                    await c.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            };
            // An API answers 401/403, it does not redirect to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        // The keys that sign the session cookies and the private calendar links, kept beside the
        // data so that a restart does not sign everyone out nor break the links given out: in a
        // folder beside the SQLite file (one node), in the database on PostgreSQL (every node of
        // a cluster reads the cookies signed by the others).
        services.AddDataProtection().SetApplicationName("facilitation");
        services.AddOptions<KeyManagementOptions>().Configure<StorageSettings, ILoggerFactory>((options, storage, logs) =>
            options.XmlRepository = storage.IsPostgreSql
                ? new PostgreSqlKeyRepository(storage.ConnectionString)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.GetFullPath(configuration["Facilitation:KeysFolder"] ?? "data/keys")), logs));
        services.AddAuthorization();
        // A tablet on poor Wi-Fi must learn quickly that its connection is dead, to show it and
        // reconnect: the server pings every 5 s (15 s by default) and the pages' client gives up
        // after 12 s of silence (live.js). The server keeps its default patience with clients,
        // 30 s, twice the .NET client's default ping of 15 s: with 15 s a standard client on a
        // loaded node was cut off between two of its pings.
        services.AddSignalR(o => o.KeepAliveInterval = TimeSpan.FromSeconds(5));
        services.AddRequestRateLimit();
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    public static WebApplication UseFacilitationWeb(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the framework could not read (malformed JSON, wrong types) is the caller's
            // fault: 400, not 500.
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // …and not worth an error in the server's log.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseUnavailableAnswers();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
