using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Bench;

/// <summary>
/// The baselines' server, run as its own process (<c>--bare-hub</c>/<c>--bare-api</c>): Kestrel with a
/// minimal SignalR hub that broadcasts what it is given to every client, and a minimal-API POST that
/// reads a command's JSON and answers 201 — no actors, no storage, no sessions.
/// </summary>
public static class BareServer
{
    public static async Task Run()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok());
        app.MapPost("/api/echo", (BareCommand command) => Results.Created($"/api/echo/{command.CommandId}", new { id = command.CommandId, status = "open" }));
        app.MapHub<BareHub>("/hubs/bare");
        await app.RunAsync();
    }
}
