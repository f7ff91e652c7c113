using Facilitation.Actors.Serialization;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A task board snapshots itself every 100 events, through the real snapshot store and the
/// product's serializer (manifest tasks.snapshot.v1); a board whose first hundred events are gone
/// recovers from the snapshot alone, its tasks, histories and command ids included.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskBoardSnapshotTests : NodeTest
{
    [Fact]
    public async Task A_board_recovers_from_its_snapshot_after_a_hundred_events_with_the_command_ids_it_had_handled()
    {
        // 99 raises sent in one go (each answered once persisted, in order), then a claim: event 100.
        var raises = Enumerable.Range(0, 99)
            .Select(i => Raise(At(0, 7), TaskKind.Cleaning, TaskPriority.Normal, $"Table {i}", "kitchen"))
            .ToList();
        foreach (var raise in raises) Node.Tasks.Tell(new Execute(Site.Id, raise), Node.Kit.TestActor);
        var answers = Node.Kit.ReceiveN(raises.Count).Cast<TaskResult.Accepted>().ToList();
        Assert.Equal(raises.Select(r => r.NewId), answers.Select(a => a.Task.Id));
        var first = answers[0].Task;
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), first.Id, At(0, 7, 1))));
        // Event 101, after the snapshot: recovery is the snapshot, then this one event.
        Accepted(await Node.Task(new TaskCommands.Complete(NewCommandId("complete"), Facilitator(Lea), first.Id, At(0, 7, 20))));
        var before = await Node.Board();
        Assert.Equal((99, 101L), (before.Tasks.Count, before.Version));

        var persistenceId = Journal.TasksId(Site.Id);
        await Node.Kit.AwaitAssertAsync(() =>
        {
            var snapshot = Assert.Single(Journal.Snapshots(Db, persistenceId));
            Assert.Equal((100L, "tasks.snapshot.v1", FacilitationSerializer.Id), (snapshot.SequenceNr, snapshot.Manifest, snapshot.SerializerId));
            Assert.Contains($"\"{raises[0].CommandId}\":{{", snapshot.Text);
        });

        // The events the snapshot covers are gone: only the snapshot can bring back the tasks and their ids.
        await RestartAsync(() => Db.Execute(
            "DELETE FROM journal WHERE persistence_id = $id AND sequence_number <= 100", ("$id", persistenceId)));

        var after = await Node.Board();
        AssertSameBoard(before, after);
        Assert.Equal((TaskStatus.Done, 3L), (after.Find(first.Id)!.Status, after.Find(first.Id)!.Version));
        var retry = Accepted(await Node.Task(raises[^1] with { NewId = TaskId.New() }), repeated: true);
        AssertSameTask(before.Find(raises[^1].NewId)!, retry);
        Assert.Equal(["task.completed.v1"], Journal.Manifests(Db, persistenceId));
        // The recovered board knows its next deadline (every open task is due at 08:00), for its timer.
        Assert.Equal(At(0, 8), after.NextDeadline);
    }
}
