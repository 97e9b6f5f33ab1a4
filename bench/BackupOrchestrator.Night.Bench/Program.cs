using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Planning;
using BackupOrchestrator.Night.Bench;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Testing;

// A whole night of a catalog with simulated backups through the real host and Azurite, against the planner: see
// bench/README.md ("The night"). One run.
var options = BenchArgs.Parse(args);
var root = BenchArgs.FindRoot();
var source = Path.GetFullPath(options.Catalog, root);
var catalog = CatalogLoader.Load(source);
var work = Directory.CreateTempSubdirectory("night-bench-").FullName;
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
Process? host = null;
try
{
    // Planned durations do not depend on the date; the plan of the night itself is made below with its day.
    var durations = NightPlanner.Plan(catalog, DateOnly.FromDateTime(DateTime.UtcNow)).Backups.ToDictionary(b => b.Service, b => b.Duration);
    var container = "night-bench-" + Environment.ProcessId;
    var simulated = SimulatedCatalog.Write(source, work, container, s => durations[s], options.Compression);
    var key = Path.Combine(work, "bench.key");
    RepositoryKey.CreateFile(key);
    var proc = QuietProc.Write(Path.Combine(work, "proc"));

    var windows = catalog.Windows.OrderBy(w => w.Start).ToList();
    var first = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(options.LeadSeconds);
    first = new DateTimeOffset(first.Year, first.Month, first.Day, first.Hour, first.Minute, first.Second, TimeSpan.Zero);
    var hostId = "night-bench-" + Environment.ProcessId;
    var environment = new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["AzureFunctionsWebHost__hostid"] = hostId,
        ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
        ["WEBSITE_TIME_ZONE"] = "UTC",
        ["Backup__Catalog"] = simulated,
        ["Backup__KeyFile"] = key,
        ["Backup__LogDirectory"] = Path.Combine(work, "logs"),
        ["Backup__ProcRoot"] = proc,
        ["Backup__TimeCompression"] = options.Compression.ToString(CultureInfo.InvariantCulture),
    };
    for (var slot = 1; slot <= 7; slot++)
    {
        environment[$"BackupWindow{slot}Schedule"] = slot <= windows.Count && options.IdleSeconds == 0
            ? Cron(first + ((windows[slot - 1].Start - windows[0].Start) / options.Compression))
            : "0 0 0 1 1 *";
    }

    environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

    var port = BenchArgs.FreePort();
    host = HostRun.Start(Path.Combine(root, "src/BackupOrchestrator.Host/bin/Release/net10.0/functions-host.dll"),
        options.App ?? Path.Combine(root, "src/BackupOrchestrator.Functions/bin/Release/net10.0"), port, environment, Path.Combine(work, "host.log"));
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    await HostRun.WaitHealthyAsync(http, host, TimeSpan.FromSeconds(60));
    if (options.IdleSeconds > 0)
    {
        // The whole app idle under the host (its seven timers, the engine, no night running), after 10 s to settle.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var before = HostRun.CpuSeconds(host.Id);
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var used = HostRun.CpuSeconds(host.Id) - before;
        Console.WriteLine($"idle host ({options.App ?? "this checkout's app"}): {100 * used / watch.Elapsed.TotalSeconds:F2}% of a core over {watch.Elapsed.TotalSeconds:F0} s " +
            $"({used:F2} s CPU), peak RSS {HostRun.PeakRssKiB(host.Id) / 1024.0:F0} MiB, load {BenchArgs.LoadAverage()}");
        return 0;
    }

    if (DateTimeOffset.UtcNow >= first)
    {
        throw new InvalidOperationException($"The host took longer than --lead {options.LeadSeconds} s to start; raise it.");
    }

    http.DefaultRequestHeaders.Add("x-functions-key", await FunctionKeyAsync(azurite.ConnectionString, hostId));
    var cpuBefore = HostRun.CpuSeconds(host.Id);
    var deadline = first + TimeSpan.FromTicks(durations.Values.Sum(d => d.Ticks) / options.Compression) + (windows[^1].Start - windows[0].Start + TimeSpan.FromHours(2)) / options.Compression + TimeSpan.FromMinutes(5);
    JsonNode? night = null;
    var expected = catalog.Services.Count;
    while (DateTimeOffset.UtcNow < deadline)
    {
        if (host.HasExited)
        {
            throw new InvalidOperationException($"The host exited ({host.ExitCode}); see {Path.Combine(work, "host.log")}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri("api/nights/tonight", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                night = await response.Content.ReadFromJsonAsync<JsonNode>();
                var services = night!["services"]!.AsArray();
                if (services.Count == expected && services.All(s => NightFigures.Ended(s!["state"]!.GetValue<string>())))
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A slow answer on a loaded box: ask again.
        }

        await Task.Delay(500);
    }

    var wall = DateTimeOffset.UtcNow - first;
    var cpu = HostRun.CpuSeconds(host.Id) - cpuBefore;
    var peakRss = HostRun.PeakRssKiB(host.Id);
    if (night is null)
    {
        throw new TimeoutException("No night overview came back from the host.");
    }

    await File.WriteAllTextAsync(Path.Combine(work, "night.json"), night.ToJsonString());
    var day = DateOnly.Parse(night["day"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    var plan = NightPlanner.Plan(CatalogLoader.Load(simulated), day);
    var figures = NightFigures.From(plan, night, first, options.Compression, s => catalog.Services.First(x => x.Name == s).DependsOn);
    Console.WriteLine($"catalog {options.Catalog} ({expected} services, {windows.Count} windows), night of {day:yyyy-MM-dd}, compression {options.Compression}x, " +
        $"first window at {first:HH:mm:ss} UTC, load at start {BenchArgs.LoadAverage()}");
    figures.Print(Console.Out, plan, wall, cpu, peakRss);
    Console.WriteLine($"load at end: {BenchArgs.LoadAverage()}; host log {Path.Combine(work, "host.log")}");
    return figures.AllSucceeded ? 0 : 1;
}
finally
{
    if (host is { HasExited: false })
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }

    host?.Dispose();
    azurite.Dispose();
    if (!options.Keep)
    {
        Directory.Delete(work, recursive: true);
    }
}

static string Cron(DateTimeOffset utc) => string.Create(CultureInfo.InvariantCulture, $"{utc.Second} {utc.Minute} {utc.Hour} * * *");

static async Task<string> FunctionKeyAsync(string connectionString, string hostId)
{
    var blobs = new BlobServiceClient(connectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06));
    var secrets = await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{hostId}/host.json").DownloadContentAsync();
    return JsonNode.Parse(secrets.Value.Content.ToString())!["functionKeys"]![0]!["value"]!.GetValue<string>();
}
