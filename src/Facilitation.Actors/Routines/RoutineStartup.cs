using Microsoft.Extensions.Hosting;

namespace Facilitation.Actors.Routines;

/// <summary>Before Quartz starts firing: the site files' routines stored and every routine given its next trigger.</summary>
public sealed class RoutineStartup(RoutineScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => scheduler.Recover(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
