using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Facilitation.Actors.Clustering;
using Facilitation.Actors.Health;
using Facilitation.Actors.Routines;
using Quartz;

namespace Facilitation.Web.Health;

/// <summary>
/// Is this node ready to take commands? <c>/healthz</c> says the process is up; <c>/readyz</c> says
/// the journal takes an event for real, the node is an Up member of its cluster, and the routines'
/// scheduler is started (when routines are on) — 200 with each check, or 503 naming what is not.
/// </summary>
public static class ReadinessEndpoints
{
    private static readonly TimeSpan JournalTimeout = TimeSpan.FromSeconds(3);

    public sealed record ReadinessDto(string Status, IReadOnlyDictionary<string, string> Checks);

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "up" })).WithTags("Health").AllowAnonymous();
        app.MapGet("/readyz", Ready).WithTags("Health").AllowAnonymous();
        return app;
    }

    private static async Task<IResult> Ready(ActorSystem system, IRequiredActor<ReadinessProbeMarker> probe, ISchedulerFactory schedulers, RoutineSettings routines)
    {
        var checks = new Dictionary<string, string>
        {
            ["journal"] = await Journal(probe),
            ["cluster"] = Cluster.Get(system).SelfMember.Status == MemberStatus.Up ? "up" : Cluster.Get(system).SelfMember.Status.ToString().ToLowerInvariant(),
            // Information, not a condition: how many nodes this one sees Up in its cluster.
            ["members"] = Cluster.Get(system).State.Members.Count(m => m.Status == MemberStatus.Up).ToString(System.Globalization.CultureInfo.InvariantCulture),
            // On PostgreSQL, whether the cluster the database counts as alive lists this node: a
            // node alone, or dropped, while another cluster keeps the database is not ready.
            ["database-cluster"] = WriteFence.Get(system) is { Enforced: true } fence ? fence.Listed ? "member" : "not a member" : "single node",
            ["scheduler"] = !routines.Enabled ? "off" : await (await schedulers.GetScheduler()).GetStatus() == SchedulerStatus.Running ? "started" : "not started",
        };
        var ready = checks["journal"] == "writable" && checks["cluster"] == "up" && checks["database-cluster"] != "not a member" && checks["scheduler"] is "started" or "off";
        return Results.Json(new ReadinessDto(ready ? "ready" : "not ready", checks), statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> Journal(IRequiredActor<ReadinessProbeMarker> probe)
    {
        try
        {
            return await probe.ActorRef.Ask<object>(ReadinessProbe.Check.Instance, JournalTimeout) switch
            {
                ReadinessProbe.Written => "writable",
                _ => "not writable", // the database is gone or refuses: the node answers 503s until it is back
            };
        }
        catch (AskTimeoutException)
        {
            return "not answering";
        }
    }
}
