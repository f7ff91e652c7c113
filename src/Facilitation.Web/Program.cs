using Facilitation.Web.Calendar;
using Facilitation.Web.Health;
using Facilitation.Web.Hosting;
using Facilitation.Web.Desks;
using Facilitation.Web.Hubs;
using Facilitation.Web.Members;
using Facilitation.Web.Pages;
using Facilitation.Web.Payroll;
using Facilitation.Web.Rooms;
using Facilitation.Web.Routines;
using Facilitation.Web.Presence;
using Facilitation.Web.Sessions;
using Facilitation.Web.Shifts;
using Facilitation.Web.Sites;
using Facilitation.Web.Tasks;
using Facilitation.Web.Telemetry;
using Facilitation.Web.Weeks;

// `dotnet Facilitation.Web.dll probe [url]`: the container's health check, without starting the host.
if (ContainerProbe.IsRequested(args)) return await ContainerProbe.RunAsync(args, Console.Out);

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddSiteCatalog(builder.Configuration)
    .AddFacilitationWeb(builder.Configuration)
    .AddFacilitationActors()
    .AddFacilitationTelemetry(builder.Configuration);

var app = builder.Build();

app.UseFacilitationWeb();
app.MapPages();
app.MapReadiness();
app.MapMetrics();
app.MapSessions();
app.MapSites();
app.MapWeeks();
app.MapWeekCopy();
app.MapFairness();
app.MapShifts();
app.MapRequests();
app.MapTasks();
app.MapRooms();
app.MapPrivatisations();
app.MapPayroll();
app.MapCalendars();
app.MapMembers();
app.MapDesks();
app.MapPresence();
app.MapRoutines();
app.MapHub<StaffHub>("/hubs/staff");
app.AnnounceAddresses();

app.Run();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
