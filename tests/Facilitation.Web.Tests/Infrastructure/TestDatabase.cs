using Microsoft.Data.Sqlite;
using Npgsql;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>
/// A real database of its own for one test, removed afterwards: a SQLite file by default, or a
/// new database on the test run's PostgreSQL server when FACILITATION_TEST_STORAGE is
/// <c>postgresql</c> (ops/test runs the API suite both ways). A test about SQLite itself asks for
/// it by name.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string StorageVariable = "FACILITATION_TEST_STORAGE";
    public const string PostgreSqlVariable = "FACILITATION_TEST_POSTGRES";

    private readonly string? _postgreSqlName;

    public TestDatabase() : this(Environment.GetEnvironmentVariable(StorageVariable) ?? "sqlite")
    {
    }

    public TestDatabase(string provider)
    {
        Folder = Path.Combine(Path.GetTempPath(), "facilitation-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File = Path.Combine(Folder, "facilitation.db");
        Provider = provider.ToLowerInvariant();
        switch (Provider)
        {
            case "sqlite":
                ConnectionString = $"Data Source={File}";
                break;
            case "postgresql":
                _postgreSqlName = "facilitation_test_" + Guid.NewGuid().ToString("N");
                Admin($"CREATE DATABASE \"{_postgreSqlName}\"");
                ConnectionString = new NpgsqlConnectionStringBuilder(Server()) { Database = _postgreSqlName }.ToString();
                break;
            default:
                throw new ArgumentException($"{StorageVariable} is \"{provider}\": it must be sqlite or postgresql.", nameof(provider));
        }
    }

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsSqlite => Provider == "sqlite";

    /// <summary>A folder of the test's own (data protection keys, other files).</summary>
    public string Folder { get; }

    /// <summary>The SQLite file; only a SQLite database has one.</summary>
    public string File
    {
        get => IsSqlite ? field : throw new InvalidOperationException("this test database is on PostgreSQL: it has no file");
        private init;
    }

    /// <summary>The settings that point the product at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Facilitation:Storage:Provider"] = Provider,
        ["Facilitation:Storage:ConnectionString"] = ConnectionString,
    };

    public void Dispose()
    {
        if (_postgreSqlName is not null) Drop(_postgreSqlName);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing host is left to the temp folder's own cleaning.
        }
    }

    /// <summary>
    /// Drops the test's database. A backend the test's role may not end (an autovacuum worker) can
    /// hold it for a moment: then it is left behind, for ops/test to sweep before its next run.
    /// </summary>
    private static void Drop(string name)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
        {
            // Swept at the next start of the test server.
        }
    }

    private static string Server()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgreSqlVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
            Assert.Fail(
                $"{PostgreSqlVariable} is not set, so there is no PostgreSQL server to test on. Run the project's test script " +
                "(ops/test), which starts PostgreSQL 15 and sets it, or set it yourself to a connection string such as " +
                "\"Host=127.0.0.1;Port=5432;Username=facilitation;Password=facilitation;Database=facilitation\".");
        return connectionString!;
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
