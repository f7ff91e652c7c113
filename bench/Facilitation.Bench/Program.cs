using System.Globalization;
using Facilitation.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args);
switch (options.Mode)
{
    case "help":
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    case "bare-hub" or "bare-api":
        await BareServer.Run();
        return 0;
}

if (options.WriteSites is not null)
{
    SiteFolder.Write(options.WriteSites, options.Sites);
    Console.WriteLine($"wrote {options.Sites} site(s) into {options.WriteSites}/sites and their staff into {options.WriteSites}/staff (PIN {BenchSite.Pin})");
    return 0;
}

var folder = Path.Combine(Path.GetTempPath(), "facilitation-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
Console.WriteLine($"Facilitation.Bench: work folder {folder}");

if (options.Mode == "baselines")
{
    await Baselines.Measure(options, folder);
    return 0;
}

ChildProcess? host = null;
try
{
    IReadOnlyList<BenchSite> sites;
    Uri address;
    string? extra = null;
    var settings = HostUnderTest.Settings(options, folder);
    var storage = options.Postgres is null ? "SQLite" : "PostgreSQL";
    if (options.Url is null)
    {
        sites = SiteFolder.Write(folder, options.Sites);
        Console.WriteLine($"starting the host ({RepoPaths.WebDll(options.WebDll)}) with {options.Sites} site(s) on {storage} ...");
        (host, var started) = await HostUnderTest.Start(options, folder, settings);
        address = host.Address;
        var idle = host.Sample();
        extra = FormattableString.Invariant($"host ready in {started.TotalSeconds:0.0} s with {options.Sites} site(s); RSS when ready {idle?.RssBytes / 1048576.0:0} MB");
        Console.WriteLine("  " + extra);
    }
    else
    {
        sites = SiteFolder.Describe(options.Sites);
        address = new Uri(options.Url);
        storage = "host at " + options.Url;
    }

    using var api = new ApiClient(address, options.Concurrency + 16);
    var run = new LoadRun(options, api, () => host?.Sample());
    await run.Prepare(sites);
    Console.WriteLine($"load: {options.WarmupSeconds} s warm-up, then {options.DurationSeconds} s measured ...");
    var result = await run.Run();
    await run.Close();
    if (host is not null && options.IdleSeconds > 0)
    {
        Console.WriteLine($"idle for {options.IdleSeconds} s (passivation) ...");
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var rested = host.Sample();
        extra += Environment.NewLine + FormattableString.Invariant(
            $"after {options.IdleSeconds} s idle: RSS {rested?.RssBytes / 1048576.0:0} MB ({rested?.RssBytes / 1048576.0 / options.Sites:0.000} MB per registered site)");
    }
    if (host is not null && options.History)
    {
        extra += Environment.NewLine + await YearOfHistory.Measure(api, sites[0], host, folder, options, settings);
        host = YearOfHistory.Restarted;
    }
    host?.Dispose();
    host = null;
    if (options.Url is null && options.Postgres is null
        && JournalCount.Describe(Path.Combine(folder, "facilitation.db"), result.MeasuredFrom, result.MeasuredTo, result.Acknowledged) is { } journal)
        extra += Environment.NewLine + journal;

    var baselines = options.Baselines ? await Baselines.Measure(options, folder) : null;
    var report = Report.Write(options, storage, result, baselines, extra);
    Console.WriteLine();
    Console.WriteLine(report);
    File.AppendAllText(Path.Combine(folder, "report.md"), report);
    Console.WriteLine($"(report also in {Path.Combine(folder, "report.md")})");
    return 0;
}
catch (Exception e) when (host is not null)
{
    Console.Error.WriteLine(e);
    Console.Error.WriteLine("host output:\n" + host.Output());
    return 1;
}
finally
{
    host?.Dispose();
}
