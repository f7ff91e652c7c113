using System.Diagnostics;
using System.Globalization;
using Facilitation.Web.Tests.Cluster;
using Npgsql;

namespace Facilitation.Web.Tests.Faults;

/// <summary>
/// A PostgreSQL server of one test's own, that the test may really stop and start again: Debian's
/// server binaries on a data folder in the temp folder, listening on a free loopback port, a
/// superuser <c>facilitation</c> let in without a password (trust, on 127.0.0.1 only) and a database
/// <c>facilitation</c>. A real server (not a forwarder in front of one): only the writes are not
/// forced to the disk, for speed. PostgreSQL refuses to run as root, so under root (CI) its programs
/// run as the <c>postgres</c> user, on a folder it owns.
/// </summary>
public sealed class PrivatePostgreSqlServer : IDisposable
{
    private const string Binaries = "/usr/lib/postgresql";
    private const string Role = "facilitation";
    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;

    private PrivatePostgreSqlServer(string bin)
    {
        _bin = bin;
        Folder = Path.Combine(Path.GetTempPath(), "facilitation-postgres", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Port = NodeProcess.FreePort();
    }

    /// <summary>The test's folder: the server's data and log, and whatever else the test keeps beside it.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>What the node connects with: pooled, as in production (the product adds its own 2 s connect timeout).</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Role, Database = Role }.ToString();

    private string Data => Path.Combine(Folder, "data");

    private static bool AsRoot => Environment.UserName == "root";

    /// <summary>A new cluster (initdb), started, with the database <c>facilitation</c> made.</summary>
    public static async Task<PrivatePostgreSqlServer> Create()
    {
        var server = new PrivatePostgreSqlServer(Bin());
        try
        {
            // The postgres user must own the folder, to create the data folder and the log in it.
            if (AsRoot) Run("chown", "postgres:postgres", server.Folder);
            server.Postgres("initdb", "-D", server.Data, "--auth=trust", "-U", Role, "--no-sync", "-E", "UTF8", "--locale=C");
            // Appended to the file initdb wrote, which keeps its owner (postgres, under root). No
            // Unix socket: nothing but the test's loopback port reaches this server.
            File.AppendAllText(Path.Combine(server.Data, "postgresql.conf"), string.Join('\n',
                "",
                "listen_addresses = '127.0.0.1'",
                $"port = {server.Port.ToString(CultureInfo.InvariantCulture)}",
                "unix_socket_directories = ''",
                "fsync = off",
                ""));
            await server.Start();
            await using var connection = new NpgsqlConnection(server.Connection("postgres").ToString());
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Role}", connection);
            await create.ExecuteNonQueryAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server on its data folder and port, and waits until it takes a connection.</summary>
    public async Task Start()
    {
        Postgres("pg_ctl", "start", "-w", "-D", Data, "-l", Path.Combine(Folder, "server.log"));
        var deadline = DateTime.UtcNow + ProgramTimeout;
        while (!await Accepts())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the private PostgreSQL server does not take connections a minute after it started\n{Log()}");
            await Task.Delay(TimeSpan.FromMilliseconds(100)); // poll again
        }
    }

    /// <summary>
    /// A fast shutdown, as an operator's: the open connections are ended ("terminating connection
    /// due to administrator command"), and new ones are refused, until <see cref="Start"/>.
    /// </summary>
    public void Stop() => Postgres("pg_ctl", "stop", "-w", "-m", "fast", "-D", Data);

    /// <summary>Whether the server takes a new connection now (to its own database, there before the node's).</summary>
    public async Task<bool> Accepts()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Connection("postgres").ToString());
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false; // refused, or the server still starting or stopping
        }
    }

    /// <summary>The server's log, for a failure's message.</summary>
    public string Log()
    {
        var log = Path.Combine(Folder, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "no server log";
    }

    public void Dispose()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            try
            {
                Postgres("pg_ctl", "stop", "-w", "-m", "immediate", "-D", Data);
            }
            catch (InvalidOperationException)
            {
                // Stopped already: the folder goes anyway.
            }
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left to the temp folder's own cleaning.
        }
    }

    /// <summary>The test's own probes: no pool to keep a connection alive across a stop, and a short wait.</summary>
    private NpgsqlConnectionStringBuilder Connection(string database) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Role,
        Database = database,
        Pooling = false,
        Timeout = 2,
    };

    /// <summary>One of PostgreSQL's programs, as the postgres user under root.</summary>
    private void Postgres(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin, program);
        if (AsRoot) Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        else Run(path, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A folder every user may enter: the postgres user's programs start in it.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProgramTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not end within {ProgramTimeout.TotalSeconds} s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} ended with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
    }

    /// <summary>The newest server version installed, as ops/ci/start-postgres.sh picks it.</summary>
    private static string Bin()
    {
        var versions = Directory.Exists(Binaries)
            ? Directory.GetDirectories(Binaries)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")) && File.Exists(Path.Combine(d, "bin", "pg_ctl")))
                .OrderBy(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .ToList()
            : [];
        if (versions.Count == 0)
            Assert.Fail($"PostgreSQL's server programs (initdb, pg_ctl) are not in {Binaries}/<version>/bin: ops/ci/start-postgres.sh installs them (Debian's postgresql package).");
        return Path.Combine(versions[^1], "bin");
    }
}
