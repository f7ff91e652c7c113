namespace Facilitation.Bench.Journal;

/// <summary>What one run measures, from the command line.</summary>
internal sealed record BenchOptions
{
    public int Actors { get; init; } = 1000;

    public int Events { get; init; } = 20;

    /// <summary>Rows written by each raw-insert baseline (per transaction size).</summary>
    public int RawRows { get; init; } = 3000;

    /// <summary>Size of each event's payload, in bytes (the product's JSON events are 150–400 bytes).</summary>
    public int PayloadBytes { get; init; } = 200;

    /// <summary>PostgreSQL connection string; from --postgres or FACILITATION_TEST_POSTGRES. SQLite only when absent.</summary>
    public string? PostgreSql { get; init; }

    /// <summary>Rounds of (stock journal, product journal, raw inserts) on SQLite; medians printed at the end.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>HOCON put in front of the product's configuration, to try journal settings.</summary>
    public string? Hocon { get; init; }

    /// <summary>Counts transactions and rows through linq2db's trace (on unless --no-trace).</summary>
    public bool Trace { get; init; } = true;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { PostgreSql = NullIfBlank(Environment.GetEnvironmentVariable("FACILITATION_TEST_POSTGRES")) };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--actors" => options with { Actors = int.Parse(Next()) },
                "--events" => options with { Events = int.Parse(Next()) },
                "--raw-rows" => options with { RawRows = int.Parse(Next()) },
                "--payload" => options with { PayloadBytes = int.Parse(Next()) },
                "--postgres" => options with { PostgreSql = NullIfBlank(Next()) },
                "--no-postgres" => options with { PostgreSql = null },
                "--rounds" => options with { Rounds = int.Parse(Next()) },
                "--hocon" => options with { Hocon = Next() },
                "--no-trace" => options with { Trace = false },
                _ => throw new ArgumentException(
                    $"unknown option {args[i]}: use --actors N --events K --raw-rows N --payload BYTES --rounds R --postgres CONNECTION | --no-postgres --hocon TEXT --no-trace"),
            };
        }
        return options;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
