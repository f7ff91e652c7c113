using Facilitation.Actors.Hosting;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Health;

/// <summary>Storage that cannot be used at all stops the start with a message naming the setting, not with the driver's exception.</summary>
public sealed class UnusableStorageTests
{
    private static StorageUnusableException StartFails(string connectionString)
    {
        using var database = new TestDatabase("sqlite"); // about SQLite files
        using var app = new FacilitationApp(database, settings: new Dictionary<string, string?>
        {
            [StorageUnusableException.ConnectionStringSetting] = connectionString,
        });
        var error = Record.Exception(() => app.CreateClient());
        Assert.NotNull(error);
        for (var e = error; e is not null; e = e.InnerException ?? (e as AggregateException)?.InnerExceptions.FirstOrDefault())
            if (e is StorageUnusableException unusable) return unusable;
        throw new Xunit.Sdk.XunitException($"expected a StorageUnusableException, got {error}");
    }

    [Fact]
    public void A_sqlite_file_whose_folder_cannot_be_made_is_named_with_the_setting()
    {
        var underAFile = Path.Combine(Path.GetTempFileName(), "journal.db");

        var error = StartFails($"Data Source={underAFile}");

        Assert.Equal(StorageUnusableException.ConnectionStringSetting, error.Setting);
        Assert.StartsWith($"Facilitation:Storage:ConnectionString: the folder of the SQLite file {underAFile} cannot be created", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_with_the_setting()
    {
        var notADatabase = Path.GetTempFileName();
        File.WriteAllText(notADatabase, new string('x', 4096));

        var error = StartFails($"Data Source={notADatabase}");

        Assert.StartsWith($"Facilitation:Storage:ConnectionString: the SQLite file {notADatabase} cannot be opened as a database", error.Message);
    }
}
