using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class RaisingTests
{
    [Fact]
    public void A_request_raised_at_the_kiosk_becomes_an_open_task_with_everything_it_said()
    {
        var raise = Raise(TaskKind.Logistics, TaskPriority.Normal, "Plus de papier", "floor-1", TaskOrigin.MemberRequest, "Alice Martin");

        var raised = OnlyEvent<TaskEvents.Raised>(Empty.Decide(raise));
        var board = TaskBoardDecider.Apply(Empty, raised);
        var task = board.Find(raise.NewId)!;

        Assert.Equal(
            new TaskEvents.Raised(raise.CommandId, raise.NewId, TaskKind.Logistics, "Plus de papier", "floor-1", TaskOrigin.MemberRequest, TaskPriority.Normal, "Alice Martin", null, Ten, Ten.AddMinutes(30)),
            raised);
        Assert.Equal(raise.NewId, task.Id);
        Assert.Equal(TaskKind.Logistics, task.Kind);
        Assert.Equal("Plus de papier", task.Title);
        Assert.Equal("floor-1", task.Place);
        Assert.Equal(TaskOrigin.MemberRequest, task.Origin);
        Assert.Equal(TaskPriority.Normal, task.Priority);
        Assert.Equal("Alice Martin", task.RequestedBy);
        Assert.Equal(Ten, task.RaisedAt);
        Assert.Equal(Ten.AddMinutes(30), task.DueAt);
        Assert.Equal(TaskStatus.Open, task.Status);
        Assert.Null(task.ClaimedBy);
        Assert.Null(task.RaisedBy);
        Assert.Equal(new[] { new TaskHistoryEntry(Ten, TaskHistoryEntry.Raised, null, null) }, task.History);
        Assert.Equal(1, task.Version);
        Assert.Equal(1, board.Version);
    }

    [Fact]
    public void A_task_raised_by_staff_records_who_raised_it()
    {
        var (board, task) = With(Raise(TaskKind.Cleaning, origin: TaskOrigin.Staff, requestedBy: null, by: Lea.Person));

        var entry = board.Find(task)!;
        Assert.Equal(Lea.Person, entry.RaisedBy);
        Assert.Null(entry.RequestedBy);
        Assert.Equal(Lea.Person, Assert.Single(entry.History).By);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void An_empty_text_is_refused_naming_the_text_field(string title)
    {
        var why = Refused(Empty.Decide(Raise(title: title)));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal(TaskRejectionCodes.TextEmpty, why.Code);
        Assert.Equal("text", why.Field);
    }

    [Fact]
    public void A_text_of_500_characters_is_accepted()
    {
        var (board, task) = With(Raise(title: new string('a', TaskEntry.MaxTitleLength)));

        Assert.Equal(500, board.Find(task)!.Title.Length);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(20_000)]
    public void A_text_over_500_characters_is_refused_naming_the_text_field(int length)
    {
        var why = Refused(Empty.Decide(Raise(title: new string('a', length))));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal(TaskRejectionCodes.TextTooLong, why.Code);
        Assert.Equal("text", why.Field);
    }

    [Fact]
    public void A_script_tag_is_kept_as_plain_text_for_the_pages_to_escape()
    {
        var (board, task) = With(Raise(title: "<script>alert(1)</script>"));

        Assert.Equal("<script>alert(1)</script>", board.Find(task)!.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_missing_place_is_refused_naming_the_place_field(string place)
    {
        var why = Refused(Empty.Decide(Raise(place: place)));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal(TaskRejectionCodes.PlaceMissing, why.Code);
        Assert.Equal("place", why.Field);
    }

    [Fact]
    public void A_name_over_100_characters_is_refused_naming_the_name_field()
    {
        var why = Refused(Empty.Decide(Raise(requestedBy: new string('n', TaskEntry.MaxNameLength + 1))));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal(TaskRejectionCodes.NameTooLong, why.Code);
        Assert.Equal("name", why.Field);
    }

    [Fact]
    public void A_kind_origin_or_priority_outside_its_list_is_refused_naming_the_field()
    {
        Assert.Equal("kind", Refused(Empty.Decide(Raise(kind: (TaskKind)9))).Field);
        Assert.Equal("origin", Refused(Empty.Decide(Raise(origin: (TaskOrigin)9))).Field);
        Assert.Equal("priority", Refused(Empty.Decide(Raise(priority: (TaskPriority)9))).Field);
        Assert.Equal(TaskRejectionCodes.UnknownValue, Refused(Empty.Decide(Raise(kind: (TaskKind)9))).Code);
    }

    [Fact]
    public void A_new_task_under_an_id_already_on_the_board_is_refused()
    {
        var (board, task) = OneOpen();

        var why = Refused(board.Decide(Raise(id: task)));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.IdTaken, why.Code);
    }

    [Fact]
    public void A_refused_raise_changes_nothing_and_may_be_sent_again_corrected_under_the_same_id()
    {
        var commandId = new CommandId("kiosk-1-request-7");
        var refused = Empty.Decide(Raise(title: "", commandId: commandId));

        var board = Empty.Then(Raise(title: "Salle 2 : il fait froid", commandId: commandId));

        Assert.IsType<Decision<ITaskEvent, TaskEntry>.Reject>(refused);
        Assert.Single(board.Tasks);
    }
}
