using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Integrity;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using BackupOrchestrator.Host.Durable;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// The app's night on the real engine: DTFx over the fixture's Azurite (its own hub), the app's orchestrators and
/// activities registered through adapters, its services over a temp folder (catalog, data, repository, logs, fake /proc).
/// </summary>
internal sealed class NightHarness : IAsyncDisposable
{
    private NightHarness(TestBox box, DurableEngine engine)
    {
        Box = box;
        Engine = engine;
        Starter = new NightStarter(Microsoft.Extensions.Options.Options.Create(box.Options), TimeProvider.System, NullLogger<NightStarter>.Instance);
    }

    public TestBox Box { get; }

    public DurableEngine Engine { get; }

    public DurableTaskClient Client => Engine.Client;

    public NightStarter Starter { get; }

    public string Day { get; private set; } = "";

    /// <summary>A night at 600x (an hour in 6 s, 5 minutes in 0.5 s) over <paramref name="catalogYaml"/> (data_root: the box's data folder).</summary>
    public static async Task<NightHarness> StartAsync(AzuriteFixture azurite, string catalogYaml, Action<NightOptions>? configure = null)
    {
        var box = new TestBox(o =>
        {
            o.TimeCompression = 600;
            o.ResourceRecheck = TimeSpan.FromMinutes(1);
            o.SlotReclaimInterval = TimeSpan.FromSeconds(2);
            o.RetryAttempts = 2;
            o.RetryFirstInterval = TimeSpan.FromMilliseconds(300);
            configure?.Invoke(o);
        });
        var catalog = Path.Combine(box.Root, "catalog.yaml");
        File.WriteAllText(catalog, catalogYaml);
        box.Options.Catalog = catalog;
        RepositoryKey.CreateFile(box.Options.KeyFile!);
        Directory.CreateDirectory(Path.Combine(box.Data, "config"));
        File.WriteAllText(Path.Combine(box.Data, "config", "gateway.conf"), "listen 443\n");
        Directory.CreateDirectory(Path.Combine(box.Data, "webapp"));
        File.WriteAllText(Path.Combine(box.Data, "webapp", "index.html"), "<h1>hello</h1>\n");

        // As in the hosts, the app's file logger (orchestrator.log) is one of the engine's logger providers.
        var logging = LoggerFactory.Create(b => b
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter((category, level) => category?.StartsWith(NightLogFileProvider.CategoryPrefix, StringComparison.Ordinal) == true || level >= LogLevel.Error)
            .AddProvider(new NightLogFileProvider(box.Logs)));
        var engine = new DurableEngine(new DurableEngineOptions
        {
            StorageConnectionString = azurite.ConnectionString,
            HubName = "night" + Guid.NewGuid().ToString("N")[..10],
            PartitionCount = 2,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(200),
            MaxConcurrentActivityFunctions = 8,
            MaxConcurrentOrchestratorFunctions = 16,
        }, logging);
        Register(engine, box);
        await engine.StartAsync(Timeout(60));
        var harness = new NightHarness(box, engine);
        await harness.WarmUpAsync();
        return harness;
    }

    private static void Register(DurableEngine engine, TestBox box)
    {
        engine.AddOrchestrator(nameof(NightLedgerOrchestration.BackupNight), new FunctionOrchestrator<NightInput>(c => new NightLedgerOrchestration().BackupNight(c)));
        engine.AddOrchestrator(nameof(BackupLimitOrchestration.BackupLimit), new FunctionOrchestrator<LimitState>(c => new BackupLimitOrchestration().BackupLimit(c)));
        engine.AddOrchestrator(nameof(BackupWindowOrchestration.BackupWindow), new FunctionOrchestrator<WindowRun>(c => new BackupWindowOrchestration().BackupWindow(c)));
        engine.AddOrchestrator(nameof(ServiceBackupOrchestration.ServiceBackup), new FunctionOrchestrator<ServiceRun>(c => new ServiceBackupOrchestration().ServiceBackup(c)));
        engine.AddOrchestrator(nameof(TargetLockOrchestration.TargetLock), new FunctionOrchestrator<TargetLockState>(c => new TargetLockOrchestration().TargetLock(c)));
        engine.AddOrchestrator(nameof(TargetSweepOrchestration.TargetSweep), new FunctionOrchestrator<SweepRun>(c => new TargetSweepOrchestration().TargetSweep(c)));
        engine.AddOrchestrator(nameof(IntegrityCheckOrchestration.IntegrityCheck), new FunctionOrchestrator<IntegrityRun>(c => new IntegrityCheckOrchestration().IntegrityCheck(c)));
        var maintenance = new MaintenanceActivities(box.Maintenance, box.Time);
        engine.AddActivity(nameof(MaintenanceActivities.CopySnapshot), new FunctionActivity<CopyJob, CopyResult>(j => maintenance.CopySnapshot(j, CancellationToken.None)));
        engine.AddActivity(nameof(MaintenanceActivities.PruneTarget), new FunctionActivity<PruneJob, PruneResult>(j => maintenance.PruneTarget(j, CancellationToken.None)));
        engine.AddActivity(nameof(MaintenanceActivities.SweepTarget), new FunctionActivity<SweepJob, SweepResult>(j => maintenance.SweepTarget(j, CancellationToken.None)));
        engine.AddActivity(nameof(MaintenanceActivities.VerifyTarget), new FunctionActivity<VerifyJob, TargetIntegrity>(j => maintenance.VerifyTarget(j, CancellationToken.None)));
        var activities = new NightActivities(box.Runner, box.Probe);
        engine.AddActivity(nameof(NightActivities.RunBackup), new FunctionActivity<BackupJob, BackupReport>(j => activities.RunBackup(j, engine.Client, CancellationToken.None)));
        engine.AddActivity(nameof(NightActivities.ProbeResources), new FunctionActivity<ResourceProbeRequest, ResourceVerdict>(r => activities.ProbeResources(r, CancellationToken.None)));
        engine.AddActivity(nameof(NightActivities.FindEndedHolders), new FunctionActivity<List<string>, List<string>>(h => activities.FindEndedHolders(h, engine.Client, CancellationToken.None)));
    }

    /// <summary>
    /// Waits until the engine runs orchestrations (it holds its partition leases; the first takes seconds on a busy
    /// box), so a night's compressed clock starts on a working engine: starts the global limit and waits for it.
    /// </summary>
    private async Task WarmUpAsync()
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(BackupLimitOrchestration.BackupLimit),
            new LimitState(new SlotLimiter(), Box.Options.SlotReclaimInterval), new StartOrchestrationOptions(NightIds.Limit));
        await Client.WaitForInstanceStartAsync(NightIds.Limit, Timeout(60));
    }

    /// <summary>Starts every window of tonight at once (the night's clock anchored now).</summary>
    public async Task<IReadOnlyList<string>> StartNightAsync()
    {
        var now = DateTimeOffset.UtcNow;
        Day = NightIds.Day(NightClock.BackupDay(now, TimeZoneInfo.Utc));
        return await Starter.StartNightAsync(Client, now, Timeout(30));
    }

    /// <summary>Runs tonight to its end; each service's final status by name.</summary>
    public async Task<Dictionary<string, BackupStatus>> RunNightAsync(int timeoutSeconds = 120)
    {
        var windows = await StartNightAsync();
        return await WaitForNightAsync(windows, timeoutSeconds);
    }

    public async Task<Dictionary<string, BackupStatus>> WaitForNightAsync(IReadOnlyList<string> windows, int timeoutSeconds = 120)
    {
        var statuses = new Dictionary<string, BackupStatus>(StringComparer.Ordinal);
        foreach (var id in windows)
        {
            var done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Timeout(timeoutSeconds));
            Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
            foreach (var status in done.ReadOutputAs<WindowResult>()!.Services)
            {
                statuses[status.Service] = status;
            }
        }

        return statuses;
    }

    /// <summary>The custom status of a service's orchestration now (null before it starts).</summary>
    public async Task<BackupStatus?> StatusOfAsync(string service)
    {
        var instance = await Client.GetInstanceAsync(NightIds.Backup(Day, service), getInputsAndOutputs: true);
        return instance?.ReadCustomStatusAs<BackupStatus>();
    }

    public static CancellationToken Timeout(int seconds) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    public async ValueTask DisposeAsync()
    {
        await Engine.StopAsync(TimeSpan.FromSeconds(2));
        await Engine.DisposeAsync();
        Box.Dispose();
    }
}
