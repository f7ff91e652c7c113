using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Akka.Actor;
using Akka.Serialization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Serialization;

/// <summary>
/// System.Text.Json with a stable manifest per persisted type (see <see cref="PersistedTypes"/>),
/// instead of the default JSON that writes .NET type and assembly names into the journal.
/// </summary>
public sealed class FacilitationSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    public const int Id = 4127;

    public static readonly JsonSerializerOptions Json = CreateOptions();

    public override int Identifier => Id;

    public override string Manifest(object o) => PersistedTypes.ManifestOf(o.GetType());

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Json);

    public override object FromBinary(byte[] bytes, string manifest) =>
        JsonSerializer.Deserialize(bytes, PersistedTypes.TypeOf(manifest), Json)
        ?? throw new System.Runtime.Serialization.SerializationException($"null payload for manifest '{manifest}'");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
                new IdJsonConverter<SiteId>(s => new SiteId(s), id => id.Value),
                new IdJsonConverter<PersonId>(s => new PersonId(s), id => id.Value),
                new IdJsonConverter<CommandId>(s => new CommandId(s), id => id.Value),
                new IdJsonConverter<ShiftId>(ShiftId.Parse, id => id.Value),
                new IdJsonConverter<IsoWeek>(IsoWeek.Parse, w => w.ToString()),
                new IdJsonConverter<TaskId>(TaskId.Parse, id => id.Value),
                new IdJsonConverter<BookingId>(BookingId.Parse, id => id.Value),
                new IdJsonConverter<VisitorId>(VisitorId.Parse, id => id.Value),
            },
        };
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyStoredProperties } };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Writes only what is read back: a property computed from others (a shift's committed hours,
    /// an event's fingerprint) stays out of the journal, where renaming it would change the rows.
    /// </summary>
    private static void OnlyStoredProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i] is { Set: null, AssociatedParameter: null })
                info.Properties.RemoveAt(i);
    }
}
