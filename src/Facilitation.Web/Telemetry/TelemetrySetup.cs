using Facilitation.Actors.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Facilitation.Web.Telemetry;

/// <summary>
/// OpenTelemetry metrics of this node: the application's meter (<see cref="FacilitationMetrics"/>),
/// ASP.NET Core's (requests, SignalR connections) and the .NET runtime's; scraped at <c>/metrics</c>
/// (Prometheus text format), and pushed by OTLP too when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// See ops/telemetry.md.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "facilitation";

    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddFacilitationTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceInstanceId: Environment.MachineName)
                .AddAttributes([new KeyValuePair<string, object>("host.name", Environment.MachineName)]))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(FacilitationMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                // The OTLP exporter reads its endpoint, protocol and headers from the standard OTEL_* variables.
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }

    /// <summary>
    /// <c>/metrics</c>, anonymous like the health probes: its series carry no site, person, member or
    /// command id, only entity names, outcomes, rule codes, task kinds, event names and routes.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        return app;
    }
}
