using System.Globalization;

namespace Facilitation.Bench;

/// <summary>The command line of a run; every option has a short-run default.</summary>
public sealed record BenchOptions
{
    public string Mode { get; init; } = "run";
    public int Sites { get; init; } = 1;
    public int ActiveSites { get; init; }
    public int Clients { get; init; } = 20;
    public int ClientSites { get; init; } = 1;
    public int DurationSeconds { get; init; } = 20;
    /// <summary>
    /// Load sent before the measured seconds. 30 s: the host's JIT is still promoting hot methods
    /// (tiered compilation with PGO) for about that long under load; measured from 3 s, up to 16 %
    /// of its CPU went to the JIT and throughput read 30–40 % lower than the steady state.
    /// </summary>
    public int WarmupSeconds { get; init; } = 30;
    public int Concurrency { get; init; } = 16;
    public double Rate { get; init; }
    public int Kiosks { get; init; } = 8;
    public int Members { get; init; } = 20;
    public string? Url { get; init; }
    public string? Postgres { get; init; }
    public string? WebDll { get; init; }
    public string? PassivateIdleAfter { get; init; }
    public bool Baselines { get; init; } = true;
    public bool History { get; init; }
    public string? WriteSites { get; init; }
    public int Port { get; init; }
    public int IdleSeconds { get; init; }

    public int EffectiveActiveSites => ActiveSites <= 0 ? Sites : Math.Min(ActiveSites, Sites);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--bare-hub" => options with { Mode = "bare-hub" },
                "--bare-api" => options with { Mode = "bare-api" },
                "--baselines-only" => options with { Mode = "baselines" },
                "--sites" => options with { Sites = Int() },
                "--active-sites" => options with { ActiveSites = Int() },
                "--clients" => options with { Clients = Int() },
                "--client-sites" => options with { ClientSites = Int() },
                "--duration" => options with { DurationSeconds = Int() },
                "--warmup" => options with { WarmupSeconds = Int() },
                "--concurrency" => options with { Concurrency = Int() },
                "--rate" => options with { Rate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--kiosks" => options with { Kiosks = Int() },
                "--members" => options with { Members = Int() },
                "--url" => options with { Url = Next() },
                "--postgres" => options with { Postgres = Next() },
                "--web-dll" => options with { WebDll = Next() },
                "--passivate" => options with { PassivateIdleAfter = Next() },
                "--no-baselines" => options with { Baselines = false },
                "--history" => options with { History = true },
                "--write-sites" => options with { WriteSites = Next() },
                "--port" => options with { Port = Int() },
                "--idle" => options with { IdleSeconds = Int() },
                "--help" or "-h" => options with { Mode = "help" },
                _ => throw new ArgumentException($"unknown option {args[i]} (see --help)"),
            };
        }
        return options;
    }

    public const string Usage = """
        Facilitation.Bench: the load generator of issue 8 (not a test).

          dotnet bench/Facilitation.Bench/bin/Release/net10.0/Facilitation.Bench.dll [options]

          --sites N            generated sites (site-0001 ...), default 1
          --active-sites A     sites that get traffic (the others only registered), default all
          --clients M          SignalR clients per watched site, default 20
          --client-sites K     sites watched by M clients each, default 1
          --duration S         measured seconds, default 20 (after --warmup S, default 30)
          --concurrency C      commands in flight, default 16
          --rate R             commands/s across sites; 0 (default) = as fast as C in flight allows
          --kiosks K           kiosk sessions per active site (each at most 9 requests a minute), default 8
          --members P          nomad members per active site for check-ins (enrolled at set-up), default 20; 0 = no presence
          --postgres CONN      run the host on PostgreSQL (and measure the PostgreSQL insert baseline)
          --url URL            aim at a host already running (started with the folders of --write-sites)
          --write-sites DIR    only write the site and staff files for --sites N into DIR, and stop
          --passivate T        Facilitation__Cluster__PassivateIdleAfter for the host (e.g. 00:00:20)
          --idle S             after the load, wait S seconds (passivation) and sample the host's memory again
          --history            also seed site-0001 with a year of history, restart the host and time its first answers
          --no-baselines       skip the baselines
          --baselines-only     only the baselines
        """;
}
