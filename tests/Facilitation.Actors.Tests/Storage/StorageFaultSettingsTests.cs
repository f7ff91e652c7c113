using Facilitation.Actors.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>The node's storage gives up within seconds unless the operator chose otherwise.</summary>
public sealed class StorageFaultSettingsTests
{
    [Fact]
    public void A_sqlite_file_waits_two_seconds_for_another_process_lock_instead_of_thirty()
    {
        var storage = StorageFaultSettings.FailFast(new StorageSettings { Provider = "sqlite", ConnectionString = "Data Source=/data/facilitation.db" });

        var connection = new SqliteConnectionStringBuilder(storage.ConnectionString);
        Assert.Equal(2, connection.DefaultTimeout);
        Assert.Equal("/data/facilitation.db", connection.DataSource);
    }

    [Fact]
    public void A_postgresql_connection_gives_up_opening_after_two_seconds_and_keeps_everything_else()
    {
        var storage = StorageFaultSettings.FailFast(new StorageSettings
        {
            Provider = "postgresql",
            ConnectionString = "Host=db;Port=5433;Username=facilitation;Password=\"a;b\";Database=facilitation",
        });

        var connection = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
        Assert.Equal(2, connection.Timeout);
        Assert.Equal(("db", 5433, "a;b", "facilitation"), (connection.Host, connection.Port, connection.Password, connection.Database));
    }

    [Theory]
    [InlineData("sqlite", "Data Source=x.db;Default Timeout=15")]
    [InlineData("sqlite", "Data Source=x.db;command timeout=15")]
    [InlineData("postgresql", "Host=db;Username=u;Password=p;timeout=15")]
    public void A_timeout_the_operator_set_is_kept(string provider, string connectionString)
    {
        var storage = new StorageSettings { Provider = provider, ConnectionString = connectionString };

        Assert.Equal(storage, StorageFaultSettings.FailFast(storage));
    }

    [Fact]
    public void The_journal_call_timeout_outlasts_the_sqlite_lock_wait_so_that_sqlite_says_locked_first()
    {
        Assert.True(StorageFaultSettings.CallTimeout > StorageFaultSettings.SqliteBusyTimeout);
        Assert.True(StorageFaultSettings.MaxFailures > 1);
    }
}
