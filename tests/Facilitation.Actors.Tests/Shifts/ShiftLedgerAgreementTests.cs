using System.Collections.Concurrent;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Shifts;

/// <summary>
/// Many tablets at once: whatever the interleaving of claims and releases, once every command has
/// been answered the week ledger's copy of each shift is the shift's own state, and the last answer
/// a caller got for a shift is that state too.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class ShiftLedgerAgreementTests : NodeTest
{
    private const int Commands = 500;
    private const int Concurrency = 16;

    [Fact]
    public async Task Under_concurrent_claims_and_releases_the_ledger_copy_of_every_shift_ends_equal_to_the_shift_itself()
    {
        var shifts = new List<ShiftId>();
        for (var day = 0; day < 7; day++)
        {
            shifts.Add(await Node.PublishAsync(Hours(day, 9, 12)));
            shifts.Add(await Node.PublishAsync(Hours(day, 14, 17)));
        }
        // No warm-up: the shifts start, recover and take commands all at once (this stalled on
        // SQLite's rollback journal until the database was put in write-ahead-log mode).
        Domain.Ids.PersonId[] people = [Lea, Samir, Camille];
        var answers = new ConcurrentBag<(ShiftId Shift, CommandResult Result)>();
        using var gate = new SemaphoreSlim(Concurrency);

        await Task.WhenAll(Enumerable.Range(0, Commands).Select(async seed =>
        {
            var random = new Random(seed);
            var shift = shifts[random.Next(shifts.Count)];
            var person = people[random.Next(people.Length)];
            IShiftCommand command = random.NextDouble() < 0.6
                ? new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(person), person)
                : new ShiftCommands.Release(NewCommandId("release"), Facilitator(person));
            await gate.WaitAsync();
            try
            {
                answers.Add((shift, await Node.Shift(shift, command)));
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.DoesNotContain(answers, a => a.Result is CommandResult.Unavailable);
        Assert.True(answers.Count(a => a.Result is CommandResult.Accepted) > 50, "enough commands were accepted to mean something");
        var week = await Node.Week(Week);
        foreach (var shift in shifts)
        {
            var own = await Node.ShiftView(shift);
            var copy = week.Find(shift)!;
            Assert.Equal((own?.Status ?? ShiftStatus.Published, own?.Holder), (copy.Status, copy.Holder));
            var lastAnswer = answers.Where(a => a.Shift == shift).Select(a => a.Result).OfType<CommandResult.Accepted>().MaxBy(a => a.View.Version);
            if (lastAnswer is not null) Assert.Equal(own, lastAnswer.View);
        }
        var held = shifts.Select(s => week.Find(s)!).Where(s => s.IsHeld).ToList();
        Assert.Equal(
            held.GroupBy(s => s.Holder!.Value).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key.Value),
            week.People().Select(p => (p.Person, p.Shifts)));
    }
}
