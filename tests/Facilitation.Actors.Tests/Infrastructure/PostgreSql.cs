using Facilitation.Actors.Hosting;
using Npgsql;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the test run, from FACILITATION_TEST_POSTGRES. Never skipped: without
/// it, the tests that need it fail and say how to get one.
/// </summary>
public static class PostgreSql
{
    public const string Variable = "FACILITATION_TEST_POSTGRES";

    public static StorageSettings StorageOrFail()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
            Assert.Fail(
                $"{Variable} is not set, so the PostgreSQL journal was not tested. Run the project's test script " +
                "(ops/test), which starts PostgreSQL 15 and sets it, or set it yourself to a connection string such as " +
                "\"Host=127.0.0.1;Port=5432;Username=facilitation;Password=facilitation;Database=facilitation\".");
        return new StorageSettings { Provider = "postgresql", ConnectionString = connectionString! };
    }

    /// <summary>The manifests of one persistent actor's rows in the journal table (public schema).</summary>
    public static async Task<IReadOnlyList<string>> ManifestsAsync(StorageSettings storage, string persistenceId)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT manifest FROM public.journal WHERE persistence_id = @id ORDER BY sequence_number", connection);
        command.Parameters.AddWithValue("id", persistenceId);
        var manifests = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) manifests.Add(reader.GetString(0));
        return manifests;
    }

    /// <summary>Removes one test's rows, so the shared database does not grow run after run.</summary>
    public static async Task DeleteAsync(StorageSettings storage, IEnumerable<string> persistenceIds)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM public.journal WHERE persistence_id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", persistenceIds.ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
