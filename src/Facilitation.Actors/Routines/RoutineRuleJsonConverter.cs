using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Domain.Routines;

namespace Facilitation.Actors.Routines;

/// <summary>A rule is stored as the text a co-manager reads ("monthly 1 thu 10:00").</summary>
public sealed class RoutineRuleJsonConverter : JsonConverter<RoutineRule>
{
    public override RoutineRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RoutineRule.TryParse(reader.GetString(), out var rule, out var error) ? rule : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, RoutineRule value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
