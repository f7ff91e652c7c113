using Newtonsoft.Json;

namespace Facilitation.Actors.Serialization;

/// <summary>
/// Messages between nodes (commands to an entity on another node, its answers, what it
/// publishes) go through Akka's default JSON serializer, which builds a value through a public
/// constructor. A typed id made only by parsing (a shift id names its week) would arrive empty:
/// this writes it as its string and reads it back through its parser.
/// </summary>
internal sealed class RemoteIdConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(T) || Nullable.GetUnderlyingType(objectType) == typeof(T);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        reader.TokenType == JsonToken.Null ? null : parse((string)reader.Value!);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is T id) writer.WriteValue(format(id));
        else writer.WriteNull();
    }
}
