using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.InMemory;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// (a) fan-out/fan-in of 1,000 no-op activities, (b) 100 sequential activities in one
/// orchestration, (c) 100 orchestrations x 5 sequential activities at once, (d) idle CPU of a host.
/// Each of (a)-(c) runs 3 times on Azurite (median quoted) and once on the in-memory hub (the
/// runtime's own ceiling, same run); the reference is what Microsoft documents for
/// DurableTask.AzureStorage. Run under `flock /tmp/bench.lock`.
/// </summary>
internal static class Benchmarks
{
    private const int Repeats = 3;
    private static readonly ConcurrentQueue<long> StepTicks = new();
    private static Microsoft.Extensions.Logging.ILoggerFactory? _logs;

    public static async Task<int> RunAsync(CommandLine options)
    {
        string only = options.Get("only") ?? "a,b,c,d";
        int fanOut = int.Parse(options.Get("fan-out") ?? "1000", CultureInfo.InvariantCulture);
        if (options.Get("log-level") is { } level)
        {
            var factory = new Microsoft.Extensions.Logging.LoggerFactory();
            factory.AddProvider(new ConsoleLog(Enum.Parse<Microsoft.Extensions.Logging.LogLevel>(level)));
            _logs = factory;
        }

        using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        RequestCounter? counter = options.Get("count-requests") is null ? null : new RequestCounter();
        using var account = counter is null ? null : azurite.CreateAccount(new Storage.StorageClientOptions { Handler = counter });
        var hubAccount = account ?? azurite.Account;
        Console.WriteLine($"Azurite: {(azurite.IsExternal ? "external" : "started by the benchmark")}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        var rows = new List<string[]>();
        if (only.Contains('q', StringComparison.Ordinal))
        {
            var (sends, deletes) = await RawQueueBaseline.MeasureAsync(azurite.Account);
            Console.WriteLine($"storage baseline: {sends:F0} queue sends/s, {deletes:F0} receive+delete/s (32 in flight)");
            await StorageCosts.PrintAsync(azurite.Account);
        }

        async Task<HubRun> Azure(string tag) => await HubRun.StartAsync(new AzureStorageOrchestrationService(hubAccount,
            new AzureStorageOrchestrationServiceSettings { TaskHubName = "bench" + tag + Guid.NewGuid().ToString("N")[..8] }, loggerFactory: _logs));
        async Task<HubRun> Memory() => await HubRun.StartAsync(new InMemoryOrchestrationService());

        if (only.Contains('a', StringComparison.Ordinal))
        {
            var azure = await MedianAsync(() => Azure("a"), run => FanOutAsync(run, fanOut), counter);
            await using var mem = await Memory();
            double inMemory = await FanOutAsync(mem, fanOut);
            rows.Add(["(a) fan-out/fan-in 1,000 no-op activities", $"{azure:F0} activities/s", $"{inMemory:F0}/s", "~100/s", $"{azure / 100:F1}x", ">= 250/s"]);
        }

        if (only.Contains('b', StringComparison.Ordinal))
        {
            var results = new List<(double Rate, double P50, double P99)>();
            for (int i = 0; i < Repeats; i++)
            {
                await using var run = await Azure("b");
                results.Add(await SequentialAsync(run));
            }

            var median = results.OrderBy(r => r.Rate).ElementAt(Repeats / 2);
            await using var mem = await Memory();
            var inMemory = await SequentialAsync(mem);
            rows.Add(["(b) 100 sequential activities, one orchestration", $"{median.Rate:F0} activities/s (step p50 {median.P50:F1} ms, p99 {median.P99:F1} ms)", $"{inMemory.Rate:F0}/s", "~5/s", $"{median.Rate / 5:F1}x", ">= 25/s"]);
        }

        if (only.Contains('c', StringComparison.Ordinal))
        {
            var azure = await MedianAsync(() => Azure("c"), ManyAsync, counter);
            await using var mem = await Memory();
            double inMemory = await ManyAsync(mem);
            rows.Add(["(c) 100 orchestrations x 5 sequential activities", $"{azure:F0} work items/s ({azure * 500 / 1100:F0} activities/s)", $"{inMemory:F0}/s", "~250/s", $"{azure / 250:F1}x", ">= 250/s"]);
        }

        if (only.Contains('d', StringComparison.Ordinal))
        {
            await using var run = await Azure("d");
            double percent = await IdleCpuAsync(TimeSpan.FromSeconds(30));
            rows.Add(["(d) idle host CPU over 30 s", $"{percent:F2}% of one core", "-", "-", "-", "< 2%"]);
        }

        Print(["scenario", "Azure Storage hub on Azurite (median of 3)", "in-memory hub", "DTFx Azure Storage (documented)", "ratio", "target"], rows);
        return 0;
    }

    private static async Task<double> MedianAsync(Func<Task<HubRun>> start, Func<HubRun, Task<double>> measure, RequestCounter? counter = null)
    {
        var values = new List<double>();
        for (int i = 0; i < Repeats; i++)
        {
            await using var run = await start();
            await run.WarmUpAsync();
            counter?.Reset();
            values.Add(await measure(run));
            counter?.Print($"run {i + 1}");
        }

        Console.WriteLine($"  runs: {string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}");
        return values.Order().ElementAt(Repeats / 2);
    }

    private static async Task<double> FanOutAsync(HubRun run, int n)
    {
        await run.WarmUpAsync();
        var clock = Stopwatch.StartNew();
        string id = await run.Client.ScheduleNewOrchestrationInstanceAsync("BenchFanOut", n);
        var done = await WaitAsync(run, id);
        clock.Stop();
        Check(done, n);
        return n / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, double P50, double P99)> SequentialAsync(HubRun run)
    {
        await run.WarmUpAsync();
        StepTicks.Clear();
        var clock = Stopwatch.StartNew();
        string id = await run.Client.ScheduleNewOrchestrationInstanceAsync("BenchSequence", 100);
        var done = await WaitAsync(run, id);
        clock.Stop();
        Check(done, 100);
        var ticks = StepTicks.ToArray();
        var steps = ticks.Zip(ticks.Skip(1), (a, b) => (b - a) * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return (100 / clock.Elapsed.TotalSeconds, Percentile(steps, 0.50), Percentile(steps, 0.99));
    }

    private static async Task<double> ManyAsync(HubRun run)
    {
        await run.WarmUpAsync();
        var clock = Stopwatch.StartNew();
        string prefix = "many-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => run.Client.ScheduleNewOrchestrationInstanceAsync("BenchSequence", 5, new StartOrchestrationOptions { InstanceId = prefix + i })));
        // One query for all 100 every 50 ms rather than 100 waits (which would each add a read at the end).
        var query = new InstanceQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated] };
        while ((await run.Client.QueryInstancesAsync(query)).Instances.Count < ids.Length)
        {
            await Task.Delay(50);
        }

        clock.Stop();
        foreach (string id in ids)
        {
            Check((await run.Client.GetInstanceAsync(id, true))!, 5);
        }

        // Work items as DTFx counts them: 500 activity executions + 600 orchestration episodes (start + 5 completions each).
        return 1100 / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Polls the instance every 20 ms (the client's own wait backs off to 500 ms, which would be
    /// part of the measured time on runs of a few seconds).
    /// </summary>
    private static async Task<OrchestrationMetadata> WaitAsync(HubRun run, string id)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (true)
        {
            if (await run.Client.GetInstanceAsync(id, true, false, cts.Token) is { IsCompleted: true } done && done.RuntimeStatus != OrchestrationRuntimeStatus.ContinuedAsNew)
            {
                return done;
            }

            await Task.Delay(20, cts.Token);
        }
    }

    private static async Task<double> IdleCpuAsync(TimeSpan window)
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        process.Refresh();
        return (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / clock.Elapsed.TotalMilliseconds * 100;
    }

    private static void Check(OrchestrationMetadata done, int expected)
    {
        if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed || done.ReadOutputAs<int>() != expected)
        {
            throw new InvalidOperationException($"Benchmark orchestration {done.InstanceId} ended {done.RuntimeStatus} with {done.SerializedOutput}; expected {expected}.");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Print(string[] header, List<string[]> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| " + string.Join(" | ", header) + " |");
        Console.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }

    /// <summary>A hub with a started worker and a client, torn down on dispose.</summary>
    private sealed class HubRun : IAsyncDisposable
    {
        private HubRun(IOrchestrationService service, DurableTaskWorker worker, DurableTaskClient client)
        {
            Service = service;
            Worker = worker;
            Client = client;
        }

        public IOrchestrationService Service { get; }
        public DurableTaskWorker Worker { get; }
        public DurableTaskClient Client { get; }

        public static async Task<HubRun> StartAsync<T>(T hub) where T : IOrchestrationService, IOrchestrationServiceClient
        {
            var worker = new DurableTaskWorker(hub, loggerFactory: _logs);
            worker.Registry.AddActivity<int, int>("Noop", x => x);
            worker.Registry.AddActivity<int, int>("Step", x =>
            {
                StepTicks.Enqueue(Stopwatch.GetTimestamp());
                return x;
            });
            worker.Registry.AddOrchestrator<int, int>("BenchFanOut", async (ctx, n) =>
                (await Task.WhenAll(Enumerable.Range(0, n).Select(i => ctx.CallActivityAsync<int>("Noop", i)))).Length);
            worker.Registry.AddOrchestrator<int, int>("BenchSequence", async (ctx, n) =>
            {
                int done = 0;
                for (int i = 0; i < n; i++)
                {
                    done += await ctx.CallActivityAsync<int>("Step", 1);
                }

                return done;
            });
            await worker.StartAsync();
            return new HubRun(hub, worker, new DurableTaskClient(hub));
        }

        private bool _warm;

        /// <summary>Runs one small fan-out first (once), so that tables, queues and connections exist.</summary>
        public async Task WarmUpAsync()
        {
            if (!_warm)
            {
                string id = await Client.ScheduleNewOrchestrationInstanceAsync("BenchFanOut", 20);
                await Client.WaitForInstanceCompletionAsync(id);
                _warm = true;
            }

            StepTicks.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            await Worker.DisposeAsync();
            if (Service is AzureStorageOrchestrationService azure)
            {
                await azure.DeleteAsync();
            }
        }
    }
}
