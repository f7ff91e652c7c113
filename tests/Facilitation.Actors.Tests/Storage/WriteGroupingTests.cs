using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// The SQLite journal groups the events of entities persisting at once into shared transactions
/// (it used to commit one event per transaction, whatever the load: STACK.md, trap 19), and still
/// answers each entity only once its event is committed in the file.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class WriteGroupingTests : IDisposable
{
    private const int Writers = 200;
    private const int EventsEach = 3;

    private readonly SqliteFile _db = new();
    private readonly JournalTransactions _transactions = new();

    [Fact]
    public async Task Entities_persisting_at_once_share_transactions_and_each_is_answered_only_once_its_event_is_in_the_file()
    {
        var acknowledged = new ConcurrentBag<EventWriter.Written>();
        var notInFileWhenAnswered = new ConcurrentBag<EventWriter.Written>();

        var host = await StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        var writers = Enumerable.Range(0, Writers).Select(i => system.ActorOf(EventWriter.Props($"writer-{i}"))).ToArray();
        await Task.WhenAll(writers.Select(async writer =>
        {
            for (var k = 0; k < EventsEach; k++)
            {
                var written = await writer.Ask<EventWriter.Written>(new EventWriter.Write($"event {k}"), FacilitationNode.AskTimeout);
                acknowledged.Add(written);
                if (!IsInFile(written)) notInFileWhenAnswered.Add(written);
            }
        }));
        await host.StopAsync();
        await system.WhenTerminated;
        host.Dispose();

        Assert.Empty(notInFileWhenAnswered);
        var expected = Enumerable.Range(0, Writers)
            .SelectMany(i => Enumerable.Range(1, EventsEach).Select(k => $"writer-{i}#{k}"))
            .Order().ToList();
        Assert.Equal(expected, acknowledged.Select(w => $"{w.PersistenceId}#{w.SequenceNr}").Order().ToList());
        Assert.Equal(expected, RowsInFile());

        Assert.Equal(Writers * EventsEach, _transactions.Rows);
        Assert.True(_transactions.Transactions * 2 <= _transactions.Rows,
            $"{_transactions.Rows} events took {_transactions.Transactions} transactions: the journal did not group them");
    }

    private async Task<IHost> StartAsync()
    {
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka("grouping", (builder, _) => builder
                .AddHocon("akka.loglevel = WARNING", HoconAddMode.Prepend)
                .AddFacilitationPersistence(_db.Storage)))
            .Build();
        using var cts = new CancellationTokenSource(FacilitationNode.AskTimeout);
        await host.StartAsync(cts.Token);
        return host;
    }

    /// <summary>Whether a connection of the test's own, opened now, sees the event (only committed rows are visible to it).</summary>
    private bool IsInFile(EventWriter.Written written)
    {
        using var connection = _db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM journal WHERE persistence_id = $id AND sequence_number = $seq";
        command.Parameters.AddWithValue("$id", written.PersistenceId);
        command.Parameters.AddWithValue("$seq", written.SequenceNr);
        return Convert.ToInt64(command.ExecuteScalar()) == 1;
    }

    private List<string> RowsInFile()
    {
        using var connection = _db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT persistence_id, sequence_number FROM journal WHERE persistence_id LIKE 'writer-%'";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetString(0)}#{reader.GetInt64(1)}");
        return rows.Order().ToList();
    }

    public void Dispose()
    {
        _transactions.Dispose();
        _db.Dispose();
    }
}
