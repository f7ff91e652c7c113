using Facilitation.Actors.Hosting;
using Npgsql;

namespace Facilitation.Actors.Clustering;

/// <summary>
/// Leases in the journal's own PostgreSQL database, one row per name in
/// <c>facilitation_cluster_leases</c>: the cluster's row (<see cref="ClusterRow"/>, kept fresh by
/// the leader, read by every node) and the split brain resolver's lease (<see cref="DatabaseLease"/>).
/// Every time is the database's (<c>clock_timestamp()</c>): the nodes' clocks never decide whether
/// a lease is fresh.
/// </summary>
public sealed class ClusterLeaseStore
{
    /// <summary>The name of the cluster's row.</summary>
    public const string ClusterRow = "cluster";

    private readonly string _connectionString;
    private readonly string _table;
    private volatile bool _tableMade;

    public ClusterLeaseStore(StorageSettings storage, ClusterLeaseSettings settings)
    {
        _connectionString = storage.ConnectionString;
        _table = storage.Schema is { } schema ? $"\"{schema.Replace("\"", "\"\"")}\".facilitation_cluster_leases" : "facilitation_cluster_leases";
        Settings = settings;
    }

    public ClusterLeaseSettings Settings { get; }

    public async Task<ClusterRecord?> Read(string name, CancellationToken cancel)
    {
        await using var connection = await Open(cancel);
        await using var command = new NpgsqlCommand(
            $"SELECT owner, members, expires_at > clock_timestamp(), version FROM {_table} WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel)) return null;
        var members = reader.GetString(1).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new ClusterRecord(reader.GetString(0), members, reader.GetBoolean(2), reader.GetInt64(3));
    }

    /// <summary>
    /// Writes the row as <paramref name="owner"/>'s, fresh for the time to live, on condition that
    /// it is still at <paramref name="readVersion"/> (none: that there is no row yet). False when
    /// someone wrote in between.
    /// </summary>
    public async Task<bool> Write(string name, long? readVersion, string owner, IReadOnlyList<string> members, CancellationToken cancel)
    {
        await using var connection = await Open(cancel);
        await using var command = readVersion is null
            ? new NpgsqlCommand(
                $"""
                INSERT INTO {_table} (name, owner, members, expires_at, version)
                VALUES (@name, @owner, @members, clock_timestamp() + make_interval(secs => @ttl), 1)
                ON CONFLICT (name) DO NOTHING
                """, connection)
            : new NpgsqlCommand(
                $"""
                UPDATE {_table} SET owner = @owner, members = @members,
                  expires_at = clock_timestamp() + make_interval(secs => @ttl), version = version + 1
                WHERE name = @name AND version = @version
                """, connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("members", string.Join('\n', members));
        command.Parameters.AddWithValue("ttl", Settings.TimeToLive.TotalSeconds);
        if (readVersion is { } version) command.Parameters.AddWithValue("version", version);
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>
    /// Takes, or keeps, a lease for <paramref name="owner"/> (<c>system@host:port</c>) for
    /// <paramref name="holdFor"/>: when nobody holds it, it has run out, the owner holds it already,
    /// or its holder is not a member of the cluster alive on the database (a node downed and gone
    /// that held it). False when another holds it.
    /// </summary>
    public async Task<bool> Acquire(string name, string owner, TimeSpan holdFor, CancellationToken cancel)
    {
        await using var connection = await Open(cancel);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {_table} AS held (name, owner, expires_at, version)
            VALUES (@name, @owner, clock_timestamp() + make_interval(secs => @hold), 1)
            ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at, version = held.version + 1
            WHERE held.owner = EXCLUDED.owner OR held.expires_at <= clock_timestamp()
               OR EXISTS (SELECT 1 FROM {_table} cluster
                          WHERE cluster.name = @cluster AND cluster.expires_at > clock_timestamp()
                            AND position('://' || held.owner || '#' IN cluster.members) = 0)
            """, connection);
        command.Parameters.AddWithValue("cluster", ClusterRow);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("hold", holdFor.TotalSeconds);
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>Gives a lease up if <paramref name="owner"/> holds it.</summary>
    public async Task<bool> Release(string name, string owner, CancellationToken cancel)
    {
        await using var connection = await Open(cancel);
        await using var command = new NpgsqlCommand($"DELETE FROM {_table} WHERE name = @name AND owner = @owner", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("owner", owner);
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>Gives the cluster's row up if this node owns it and is its only member.</summary>
    public async Task ReleaseIfAlone(string self, CancellationToken cancel)
    {
        await using var connection = await Open(cancel);
        await using var command = new NpgsqlCommand($"DELETE FROM {_table} WHERE name = @name AND owner = @owner AND members = @owner", connection);
        command.Parameters.AddWithValue("name", ClusterRow);
        command.Parameters.AddWithValue("owner", self);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>
    /// A connection, the table made first if this node has not made sure of it yet: at the first
    /// call, and again at the next one if that failed (a database slow or away at start delays the
    /// cluster's formation, it does not stop the node).
    /// </summary>
    private async Task<NpgsqlConnection> Open(CancellationToken cancel)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancel);
            if (!_tableMade)
            {
                await using var command = new NpgsqlCommand(
                    $"""
                    CREATE TABLE IF NOT EXISTS {_table} (
                      name text PRIMARY KEY,
                      owner text NOT NULL,
                      members text NOT NULL DEFAULT '',
                      expires_at timestamptz NOT NULL,
                      version bigint NOT NULL)
                    """, connection);
                try
                {
                    await command.ExecuteNonQueryAsync(cancel);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    // Another node made it at the same instant.
                }
                _tableMade = true;
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
