using Microsoft.Data.Sqlite;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>A real SQLite file of its own for one test, removed afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "facilitation-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File = Path.Combine(Folder, "facilitation.db");
    }

    public string Folder { get; }

    public string File { get; }

    public void Dispose()
    {
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
}
