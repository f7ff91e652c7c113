using Quartz;

namespace Facilitation.Actors.Routines;

/// <summary>The type of the site's routines record in the job store: it holds data and is never triggered.</summary>
public sealed class RoutinesRecordJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
