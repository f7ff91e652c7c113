using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Actors.Serialization;

/// <summary>Writes a typed id as its plain string, as a value and as a dictionary key.</summary>
internal sealed class IdJsonConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        parse(reader.GetString() ?? throw new JsonException($"a {typeof(T).Name} cannot be null"));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(format(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(format(value));
}
