using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Facilitation.Web.Sessions;

/// <summary>
/// The keys that sign the session cookies and the calendar links, in the product's PostgreSQL
/// database, so that every node of a cluster reads a cookie signed by any other: a tablet whose
/// node died carries on with its session on the next one. The table is made on first use.
/// </summary>
public sealed class PostgreSqlKeyRepository(string connectionString) : IXmlRepository
{
    private const string Table = "facilitation_data_protection_keys";
    private readonly Lazy<bool> _made = new(() => { Make(connectionString); return true; });

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = _made.Value;
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand($"SELECT xml FROM {Table} ORDER BY created", connection);
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _ = _made.Value;
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING", connection);
        command.Parameters.AddWithValue("name", friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private static void Make(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand(
            $"CREATE TABLE IF NOT EXISTS {Table} (name TEXT PRIMARY KEY, xml TEXT NOT NULL, created TIMESTAMPTZ NOT NULL DEFAULT now())", connection);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another node made it at the same instant.
        }
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
