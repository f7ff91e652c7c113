using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Sites;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Recovery;

/// <summary>A new actor system on the same SQLite file finds every shift, holder and command id again.</summary>
[Collection(ActorSystems.Name)]
public sealed class RestartOnSqliteTests : IDisposable
{
    private readonly SqliteFile _db = new();
    private readonly Site _site = Create();
    private readonly FakeTimeProvider _clock = new(At(0, 7));

    [Fact]
    public async Task After_a_restart_the_week_the_holders_and_the_command_ids_come_back_from_the_journal()
    {
        var outcome = await RestartScenario.RunAsync(() => FacilitationNode.StartAsync(_db.Storage, _site, _clock), _clock);

        // Exactly what the first system wrote, and nothing more from the second.
        Assert.Equal(
            ["week.shift-published.v1", "week.shift-published.v1", "week.hours-reserved.v1", "week.hours-reserved.v1", "week.shift-reported.v1"],
            Journal.Manifests(_db, Journal.WeekId(_site.Id, Week)));
        Assert.Equal(["shift.opened.v1", "shift.claimed.v1"], Journal.Manifests(_db, Journal.ShiftId(_site.Id, outcome.Monday)));
        Assert.Equal(["shift.opened.v1", "shift.claimed.v1", "shift.started.v1"], Journal.Manifests(_db, Journal.ShiftId(_site.Id, outcome.Tuesday)));
    }

    public void Dispose() => _db.Dispose();
}
