using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Bench;
using BackupOrchestrator.Host.Durable;
using BackupOrchestrator.Testing;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

// The host's Durable engine against a bare DTFx TaskHubWorker, one run, one Azurite: see README.md.
var args2 = Args.Parse(args);
using var logging = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("DurableTask", LogLevel.Error).AddSimpleConsole());
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    var hostJsonPath = Args.FindUp("src/BackupOrchestrator.Functions/host.json");
    var section = JsonNode.Parse(File.ReadAllText(hostJsonPath))!["extensions"]?["durableTask"]?.AsObject();
    var config = new ConfigurationBuilder().AddInMemoryCollection([new("AzureWebJobsStorage", azurite.ConnectionString)]).Build();
    var shipped = DurableEngineOptions.FromHostJson(section, config);
    Console.WriteLine($"settings (shipped host.json): partitionCount {shipped.PartitionCount}, maxQueuePollingInterval {shipped.MaxQueuePollingInterval}, " +
        $"controlQueueBatchSize {shipped.ControlQueueBatchSize}, maxConcurrentActivityFunctions {shipped.MaxConcurrentActivityFunctions}, " +
        $"maxConcurrentOrchestratorFunctions {shipped.MaxConcurrentOrchestratorFunctions}; Azurite {azurite.ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("BlobEndpoint", StringComparison.Ordinal))}");
    Console.WriteLine($"load at start: {Args.LoadAverage()}");

    var hubs = 0;
    DurableEngineOptions Fresh() => shipped with { HubName = "bench" + Environment.ProcessId + "x" + Interlocked.Increment(ref hubs) };

    async Task<(TimeSpan FanOut, TimeSpan Sequence)> MeasureAsync(bool engine, int fanOut, int sequence)
    {
        var options = Fresh();
        await using IRunner runner = engine ? await EngineRunner.StartAsync(options, logging) : await BareRunner.StartAsync(options, logging);
        using var observer = new AzureStorageOrchestrationService(DurableEngine.CreateSettings(options, logging));
        var f = fanOut > 0 ? await Completion.TimeAsync(observer, runner, fanOut: true, fanOut) : TimeSpan.Zero;
        var s = sequence > 0 ? await Completion.TimeAsync(observer, runner, fanOut: false, sequence) : TimeSpan.Zero;
        return (f, s);
    }

    // Warm-up: JIT and connection pools of both sides, not measured.
    await MeasureAsync(engine: false, 20, 5);
    await MeasureAsync(engine: true, 20, 5);

    var results = new Dictionary<bool, List<(TimeSpan FanOut, TimeSpan Sequence)>> { [true] = [], [false] = [] };
    for (var run = 0; run < args2.Runs; run++)
    {
        // Alternate which side goes first so drift in the box's load does not favour one.
        foreach (var engine in run % 2 == 0 ? new[] { false, true } : [true, false])
        {
            var r = await MeasureAsync(engine, args2.FanOut, args2.Sequence);
            results[engine].Add(r);
            Console.WriteLine($"run {run + 1} {(engine ? "engine" : "bare DTFx"),-9}: fan-out {args2.FanOut} in {r.FanOut.TotalSeconds:F2} s, sequence {args2.Sequence} in {r.Sequence.TotalSeconds:F2} s");
        }
    }

    var latencies = await EventLatency.MeasureAsync(Fresh(), logging, args2.Events, external: false);
    var externalLatencies = await EventLatency.MeasureAsync(Fresh(), logging, args2.Events, external: true);
    var idleEngine = await IdleCpu.InProcessAsync(Fresh(), logging, engine: true, args2.IdleSeconds);
    var idleBare = await IdleCpu.InProcessAsync(Fresh(), logging, engine: false, args2.IdleSeconds);
    HostProcess.Result? host = args2.HostDll is null ? null : await HostProcess.MeasureAsync(args2.HostDll, args2.AppDir!, azurite.ConnectionString, args2.IdleSeconds, starts: 3);

    static double Median(IEnumerable<TimeSpan> xs)
    {
        var s = xs.Select(x => x.TotalSeconds).Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    var fanEngine = args2.FanOut / Median(results[true].Select(r => r.FanOut));
    var fanBare = args2.FanOut / Median(results[false].Select(r => r.FanOut));
    var seqEngine = args2.Sequence / Median(results[true].Select(r => r.Sequence));
    var seqBare = args2.Sequence / Median(results[false].Select(r => r.Sequence));
    Console.WriteLine();
    Console.WriteLine($"Medians of {args2.Runs} runs per side, alternating; load at end: {Args.LoadAverage()}");
    Console.WriteLine();
    Console.WriteLine("| scenario | engine (shims + ITaskOrchestrator) | bare DTFx TaskHubWorker | engine / bare | target |");
    Console.WriteLine("|---|---|---|---|---|");
    Console.WriteLine($"| fan-out of {args2.FanOut} no-op activities | {fanEngine:F0} activities/s | {fanBare:F0} activities/s | {fanEngine / fanBare:P0} | >= 90% |");
    Console.WriteLine($"| {args2.Sequence} activities in sequence | {seqEngine:F1} activities/s | {seqBare:F1} activities/s | {seqEngine / seqBare:P0} | >= 90% |");
    Console.WriteLine($"| idle CPU of the worker in this process ({args2.IdleSeconds} s) | {idleEngine:F2}% of a core | {idleBare:F2}% of a core | | |");
    Console.WriteLine($"| event raised by the engine's client to the orchestration acting on it, idle hub ({latencies.Count} samples) | p50 {Percentile(latencies, 0.5):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms | | | |");
    Console.WriteLine($"| event raised by a separate DTFx client (another process), idle hub, maxQueuePollingInterval {shipped.MaxQueuePollingInterval} ({externalLatencies.Count} samples) | p50 {Percentile(externalLatencies, 0.5):F0} ms, p99 {Percentile(externalLatencies, 0.99):F0} ms | | | |");
    if (host is { } h)
    {
        Console.WriteLine($"| host cold start to the first 200 from the health function (first start on a new account; two more) | {string.Join(" / ", h.ColdStarts.Select(c => c.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s"))} | | | < 3 s |");
        Console.WriteLine($"| host idle CPU ({args2.IdleSeconds} s, shipped host.json) | {h.IdleCpuPercent:F2}% of a core | | | < 2% |");
    }
}
finally
{
    azurite.Dispose();
}

static double Percentile(IReadOnlyList<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record Args(int Runs, int FanOut, int Sequence, int Events, int IdleSeconds, string? HostDll, string? AppDir)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        // The host and the app's build from this checkout unless given (or --no-host).
        var host = Get("--host") ?? TryFindUp("src/BackupOrchestrator.Host/bin/Release/net10.0/functions-host.dll");
        var app = Get("--app") ?? TryFindUp("src/BackupOrchestrator.Functions/bin/Release/net10.0");
        var skipHost = args.Contains("--no-host") || host is null || app is null;
        return new Args(Int("--runs", 3), Int("--fan-out", 1000), Int("--sequence", 100), Int("--events", 30), Int("--idle-seconds", 30), skipHost ? null : host, skipHost ? null : app);
    }

    private static string? TryFindUp(string relative)
    {
        try
        {
            return FindUp(relative);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
