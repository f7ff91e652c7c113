using System.Diagnostics;
using Akka.Actor;
using Facilitation.Actors.Health;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Persistence;
using Facilitation.Actors.Tests.Infrastructure;
using static Facilitation.Actors.Tasks.TaskBoardMessages;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// When the journal fails, everyone waiting is answered at once, not left to their time-out; the
/// readiness probe says so and comes back with the journal; the breaker is the node's own.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class StorageFailureAnswersTests : NodeTest
{
    [Fact]
    public async Task Commands_queued_behind_a_failing_write_are_all_answered_at_once_and_each_is_applied_once_when_sent_again()
    {
        Assert.NotNull(await Node.Board());
        Db.RefuseJournalWrites("tasks");
        var raises = Enumerable.Range(0, 6).Select(i => VisitorArrived(At(0, 7), $"Visiteur {i}")).ToList();

        // All at once: the board takes the first, keeps the others aside while it writes, and stops
        // when the write fails. Each caller hears back well before its 20 s time-out.
        var timer = Stopwatch.StartNew();
        var answers = await Task.WhenAll(raises.Select(async raise =>
        {
            try
            {
                return await Node.Tasks.Ask<TaskResult>(new Execute(Site.Id, raise), FacilitationNode.AskTimeout);
            }
            catch (StorageUnavailableException)
            {
                return new TaskResult.Unavailable("storage");
            }
        }));

        Assert.All(answers, a => Assert.Equal(new TaskResult.Unavailable("storage"), a));
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"answered in {timer.Elapsed.TotalSeconds:0.0} s");

        // The journal takes writes again: each command, sent again (after the breaker's pause), is applied once.
        Db.AcceptJournalWrites("tasks");
        foreach (var raise in raises)
            await Node.Kit.AwaitAssertAsync(async () => Accepted(await Node.Task(raise)), TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(200));
        Assert.Equal(raises.Select(r => r.NewId.Value).Order(), (await Node.Board()).Tasks.Keys.Order());
    }

    [Fact]
    public async Task The_readiness_probe_says_the_journal_is_not_writable_and_comes_back_with_it()
    {
        var probe = Node.System.ActorOf(ReadinessProbe.PropsFor("test-node", TimeProvider.System));
        Assert.IsType<ReadinessProbe.Written>(await probe.Ask<object>(ReadinessProbe.Check.Instance, FacilitationNode.AskTimeout));

        Db.RefuseJournalWrites("readiness");
        Assert.IsType<ReadinessProbe.NotWritable>(await probe.Ask<object>(ReadinessProbe.Check.Instance, FacilitationNode.AskTimeout));

        Db.AcceptJournalWrites("readiness");
        Assert.IsType<ReadinessProbe.Written>(await probe.Ask<object>(ReadinessProbe.Check.Instance, FacilitationNode.AskTimeout));
    }

    [Fact]
    public void The_journal_and_the_snapshot_store_use_the_fail_fast_breaker()
    {
        var config = Node.System.Settings.Config;
        foreach (var plugin in new[] { "akka.persistence.journal.sql", "akka.persistence.snapshot-store.sql" })
        {
            Assert.Equal(StorageFaultSettings.MaxFailures, config.GetInt($"{plugin}.circuit-breaker.max-failures"));
            Assert.Equal(StorageFaultSettings.CallTimeout, config.GetTimeSpan($"{plugin}.circuit-breaker.call-timeout"));
            Assert.Equal(StorageFaultSettings.ResetTimeout, config.GetTimeSpan($"{plugin}.circuit-breaker.reset-timeout"));
        }
    }
}
