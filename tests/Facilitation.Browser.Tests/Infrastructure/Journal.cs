using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>Reads the product's event journal (the test's SQLite file) to count what was persisted.</summary>
public static class Journal
{
    /// <summary>How many events with this manifest ("shift.claimed.v1") the journal holds for an entity id ending so.</summary>
    public static async Task<long> Count(this TestDatabase database, string manifest, string entityIdEnd)
    {
        await using var connection = new SqliteConnection($"Data Source={database.File};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM journal WHERE manifest = $manifest AND persistence_id LIKE $id";
        query.Parameters.AddWithValue("$manifest", manifest);
        query.Parameters.AddWithValue("$id", "%" + entityIdEnd);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
