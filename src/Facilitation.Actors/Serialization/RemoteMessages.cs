using Akka.Hosting;
using Akka.Serialization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Tasks;

namespace Facilitation.Actors.Serialization;

/// <summary>
/// How messages cross between nodes: Akka's default JSON, taught the typed ids that only their
/// parser can make. The persisted events do not go this way (<see cref="FacilitationSerializer"/>).
/// </summary>
public static class RemoteMessages
{
    public static AkkaConfigurationBuilder AddRemoteMessageIds(this AkkaConfigurationBuilder builder) =>
        builder.AddSetup(NewtonSoftJsonSerializerSetup.Create(settings =>
        {
            settings.Converters.Add(new RemoteIdConverter<ShiftId>(ShiftId.Parse, id => id.Value));
            settings.Converters.Add(new RemoteIdConverter<TaskId>(TaskId.Parse, id => id.Value));
            settings.Converters.Add(new RemoteIdConverter<BookingId>(BookingId.Parse, id => id.Value));
            settings.Converters.Add(new RemoteIdConverter<VisitorId>(VisitorId.Parse, id => id.Value));
        }));
}
