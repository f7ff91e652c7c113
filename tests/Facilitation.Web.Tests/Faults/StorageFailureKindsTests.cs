using Facilitation.Actors.Persistence;
using Facilitation.Web.Api;
using Microsoft.Data.Sqlite;

namespace Facilitation.Web.Tests.Faults;

/// <summary>Which failures a request answers with 503 "storage" rather than a 500.</summary>
public sealed class StorageFailureKindsTests
{
    [Fact]
    public void The_database_failing_under_the_routines_scheduler_is_a_storage_failure()
    {
        // What Quartz threw when a co-manager's edit met a locked SQLite file.
        var locked = new Quartz.SchedulerException("Unable to unschedule trigger [routines.casaco.mardi-de-casaco] while deleting job",
            new Quartz.JobPersistenceException("Couldn't remove trigger", new SqliteException("database is locked", 5)));

        Assert.True(UnavailableAnswers.IsStorageFailure(locked));
        Assert.True(UnavailableAnswers.IsStorageFailure(new AggregateException(new InvalidOperationException("x"), new SqliteException("disk I/O error", 10))));
        Assert.True(UnavailableAnswers.IsStorageFailure(new StorageUnavailableException("tasks-casaco", "could not be read from storage", new TimeoutException())));
    }

    [Fact]
    public void A_bug_is_not_a_storage_failure()
    {
        Assert.False(UnavailableAnswers.IsStorageFailure(new InvalidOperationException("a bug")));
        Assert.False(UnavailableAnswers.IsStorageFailure(new Quartz.SchedulerException("The Scheduler has been Shutdown.")));
        Assert.False(UnavailableAnswers.IsStorageFailure(null));
    }
}
