using Facilitation.Actors.Tests.Infrastructure;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// The SQLite journal runs in write-ahead-log mode: in rollback mode, entities recovering while
/// others persist stalled in SQLite's busy loop until their callers timed out.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class WriteAheadLogTests : NodeTest
{
    [Fact]
    public async Task The_sqlite_journal_is_in_write_ahead_log_mode_and_keeps_it_across_restarts()
    {
        await Node.PublishAsync(Hours(1, 9, 12));
        await RestartAsync();
        Assert.NotNull(await Node.Week(Week));

        using var connection = Db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", command.ExecuteScalar() as string);
    }
}
