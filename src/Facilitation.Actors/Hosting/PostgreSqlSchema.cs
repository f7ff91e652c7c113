using Npgsql;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// The PostgreSQL schema named by <c>Storage:Schema</c>, made at start if it is missing: the
/// journal's auto-initialisation makes tables, not schemas, and without it the actors would hang
/// (STACK.md, trap 5).
/// </summary>
public static class PostgreSqlSchema
{
    public static void Ensure(StorageSettings storage)
    {
        if (!storage.IsPostgreSql || storage.Schema is not { } schema) return;
        try
        {
            using var connection = new NpgsqlConnection(storage.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{schema.Replace("\"", "\"\"")}\"", connection);
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another node made it at the same instant.
        }
        catch (NpgsqlException e)
        {
            throw new StorageUnusableException(StorageUnusableException.ConnectionStringSetting, $"the schema \"{schema}\" could not be made", e);
        }
    }
}
