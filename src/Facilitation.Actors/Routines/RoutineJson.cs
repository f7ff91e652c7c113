using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Domain.Routines;

namespace Facilitation.Actors.Routines;

/// <summary>How a site's routines are written into Quartz's job data (text, so that the job store holds no .NET type names).</summary>
public static class RoutineJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new RoutineRuleJsonConverter() },
    };

    public static string Write(SiteRoutines routines) => JsonSerializer.Serialize(routines, Options);

    public static SiteRoutines Read(string json) => JsonSerializer.Deserialize<SiteRoutines>(json, Options) ?? SiteRoutines.None;
}
