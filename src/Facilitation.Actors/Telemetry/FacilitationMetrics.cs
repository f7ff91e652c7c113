using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Facilitation.Actors.Telemetry;

/// <summary>
/// The one meter of the application, static so that actors need no service provider to count. The
/// OpenTelemetry SDK of the web host listens to it by <see cref="MeterName"/>; tests listen with a
/// MeterListener. Tags are deliberately few and bounded: never a site, person, member or command id
/// (3,500 sites would make 3,500 series of everything; ids are personal data besides).
/// </summary>
public static class FacilitationMetrics
{
    public const string MeterName = "Facilitation";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "facilitation.commands", "{command}", "Commands an entity decided, by entity and outcome (accepted, repeat, rejected, unavailable).");

    private static readonly Counter<long> Rejections = Meter.CreateCounter<long>(
        "facilitation.rejections", "{command}", "Commands refused by a rule, by the rule's stable code and the entity that applied it.");

    private static readonly Histogram<double> TaskAge = Meter.CreateHistogram<double>(
        "facilitation.task.age", "s", "How long a task had waited since it was raised when it was taken (step=taken) and when it was done (step=done).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400] });

    private static readonly Histogram<double> PushLatency = Meter.CreateHistogram<double>(
        "facilitation.push.latency", "ms", "From a persisted change reaching this node's SignalR bridge to its SendAsync completing, by event name.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });

    /// <summary>One command decided by an entity (see <see cref="CommandOutcome"/>).</summary>
    public static void CommandDecided(string entity, string outcome) =>
        Commands.Add(1, new TagList { { "entity", entity }, { "outcome", outcome } });

    /// <summary>One command refused by a rule: counted both as a rejected command and under its rule.</summary>
    public static void CommandRejected(string entity, string rule)
    {
        CommandDecided(entity, CommandOutcome.Rejected);
        Rejections.Add(1, new TagList { { "entity", entity }, { "rule", rule } });
    }

    /// <summary>A task taken or done after waiting <paramref name="waited"/> since it was raised, on the board's clock.</summary>
    public static void TaskWaited(TimeSpan waited, string category, string step) =>
        TaskAge.Record(Math.Max(0, waited.TotalSeconds), new TagList { { "category", category }, { "step", step } });

    /// <summary>One push to a SignalR group, <paramref name="elapsed"/> after the bridge received the change.</summary>
    public static void Pushed(TimeSpan elapsed, string eventName) =>
        PushLatency.Record(elapsed.TotalMilliseconds, new TagList { { "event", eventName } });
}
