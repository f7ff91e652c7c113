using Akka.Serialization;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Tests.Serialization;

/// <summary>
/// A message to an entity on another node crosses as bytes: what arrives must be what was sent,
/// typed ids included (a shift id made only by its parser arrived empty with Akka's defaults,
/// and the week ledger refused the shift as being of the wrong week).
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class RemoteMessageTests : NodeTest
{
    private T RoundTrip<T>(T message) where T : notnull
    {
        var serializer = Node.System.Serialization.FindSerializerFor(message);
        Assert.IsType<NewtonSoftJsonSerializer>(serializer);
        var bytes = serializer.ToBinary(message);
        return Assert.IsType<T>(serializer.FromBinary(bytes, typeof(T)));
    }

    [Fact]
    public void A_command_to_a_week_ledger_arrives_with_its_new_shift_id()
    {
        var week = new IsoWeek(2027, 10);
        var publish = new LedgerCommands.Publish(
            new CommandId("c-1"), new Caller(new PersonId("aurelien"), StaffRole.CoManager), ShiftId.New(week), ShiftRole.Welcome,
            new TimeRange(TestSite.At(0, 9), TestSite.At(0, 13)));
        var message = new WeekLedgerMessages.Execute(Node.SiteId, week, publish);

        var arrived = RoundTrip(message);

        Assert.Equal(message, arrived);
        Assert.Equal(week, ((LedgerCommands.Publish)arrived.Command).NewId.Week);
    }

    [Fact]
    public void A_question_about_a_shift_and_one_about_a_task_arrive_with_their_ids()
    {
        var shift = new WeekLedgerMessages.GetShift(Node.SiteId, ShiftId.Parse("2027-W10-3f9a1c2e"));
        var task = TaskId.Parse(TaskId.New().Value);

        Assert.Equal(shift, RoundTrip(shift));
        Assert.Equal(task, RoundTrip(new Box<TaskId>(task)).Value);
        Assert.Equal((TaskId?)null, RoundTrip(new Box<TaskId?>(null)).Value);
    }

    public sealed record Box<T>(T Value);
}
