using System.Security.Cryptography;
using System.Text;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Domain.Validation;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Services;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// Starts a night's windows, idempotently (deterministic instance ids; a second start is a no-op). The first
/// window of a night loads the catalog file and stores its text as the night's input (<c>night:DAY</c>); later
/// windows of that night build their runs from that stored text, so a catalog changed mid-night waits for the
/// next night. Also makes sure the global limit (<c>limit:backups</c>) runs.
/// </summary>
public sealed class NightStarter(IOptions<NightOptions> options, TimeProvider time, ILogger<NightStarter> logger)
{
    /// <summary>The catalog's <paramref name="slot"/>-th window by start time (1-based), for the night <paramref name="firedAt"/> belongs to; null when there is no such window.</summary>
    public async Task<string?> StartWindowAsync(DurableTaskClient client, int slot, DateTimeOffset firedAt, CancellationToken cancellationToken)
    {
        var (night, catalog) = await EnsureNightAsync(client, firedAt, cancellationToken);
        var windows = catalog.Windows.OrderBy(w => w.Start).ToList();
        if (slot < 1 || slot > windows.Count)
        {
            logger.NoSuchWindow(slot, windows.Count);
            return null;
        }

        return await StartAsync(client, night, catalog, windows[slot - 1], cancellationToken);
    }

    /// <summary>Every window of the night <paramref name="firedAt"/> belongs to, at once (run a night now: the demo, tests); returns their instance ids.</summary>
    public async Task<IReadOnlyList<string>> StartNightAsync(DurableTaskClient client, DateTimeOffset firedAt, CancellationToken cancellationToken)
    {
        var (night, catalog) = await EnsureNightAsync(client, firedAt, cancellationToken);
        var ids = new List<string>();
        foreach (var window in catalog.Windows.OrderBy(w => w.Start))
        {
            ids.Add(await StartAsync(client, night, catalog, window, cancellationToken));
        }

        return ids;
    }

    /// <summary>
    /// One window of tonight, now: its services scheduled tonight, all released now (night time), under tonight's
    /// dependency gate and limit. Returns the window's instance id, or why not (a window of that name already
    /// started tonight); null with no refusal when neither tonight's catalog nor the file has that window.
    /// </summary>
    public async Task<(string? InstanceId, string Day, string? Refusal)> StartWindowNowAsync(DurableTaskClient client, string window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (Current().Catalog.FindWindow(window) is null)
        {
            // Checked on the file first, so a mistyped name does not start tonight's night as a side effect.
            return (null, Tonight(), null);
        }

        var now = time.GetUtcNow();
        var (night, catalog) = await EnsureNightAsync(client, now, cancellationToken);
        if (catalog.FindWindow(window) is not { } definition)
        {
            return (null, night.Day, null);
        }

        var id = NightIds.Window(night.Day, definition.Name);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is { } started)
        {
            return (id, night.Day, $"the window {definition.Name} of {night.Day} already started ({started.RuntimeStatus}, {started.CreatedAt:HH:mm:ss} UTC); a window runs once a night. Run one service with POST /api/services/{{service}}/run.");
        }

        var release = night.Clock.ToNight(now);
        var runs = ServiceRuns(night, catalog, definition).Select(r => r with { Release = release }).ToList();
        await ScheduleOnceAsync(client, nameof(BackupWindowOrchestration.BackupWindow), new WindowRun(night.Day, definition.Name, runs), id, cancellationToken);
        logger.WindowStarted(definition.Name, night.Day, id);
        return (id, night.Day, null);
    }

    /// <summary>
    /// Retries every service of a night that ended Failed or TimedOut, one <see cref="RetryAsync"/> each (so
    /// their skipped dependents follow). Null when the night never started.
    /// </summary>
    public async Task<IReadOnlyList<RetryOutcome>?> RetryFailedAsync(DurableTaskClient client, string day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var stored = (await client.GetInstanceAsync(NightIds.Night(day), getInputsAndOutputs: true, cancellationToken))?.ReadInputAs<NightInput>();
        if (stored is null)
        {
            return null;
        }

        var outcomes = new List<RetryOutcome>();
        foreach (var service in Parse(stored.Catalog).Services)
        {
            if ((await FinalStatusAsync(client, day, service.Name, cancellationToken)).Status is { State: BackupState.Failed or BackupState.TimedOut })
            {
                var (started, refusal) = await RetryAsync(client, day, service.Name, cancellationToken);
                outcomes.Add(new RetryOutcome(service.Name, started, refusal));
            }
        }

        return outcomes;
    }

    private async Task<string> StartAsync(DurableTaskClient client, NightInput night, Catalog catalog, TierWindow window, CancellationToken cancellationToken)
    {
        var id = NightIds.Window(night.Day, window.Name);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            logger.WindowAlreadyStarted(window.Name, night.Day, id);
            return id;
        }

        var run = new WindowRun(night.Day, window.Name, ServiceRuns(night, catalog, window));
        await ScheduleOnceAsync(client, nameof(BackupWindowOrchestration.BackupWindow), run, id, cancellationToken);
        logger.WindowStarted(window.Name, night.Day, id);
        return id;
    }

    /// <summary>The night of <paramref name="firedAt"/> (its date in the catalog's time zone) and the catalog it runs on, started when missing.</summary>
    public async Task<(NightInput Night, Catalog Catalog)> EnsureNightAsync(DurableTaskClient client, DateTimeOffset firedAt, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = NightOptions.Resolve(settings.Catalog);
        var current = Snapshot(path);
        var catalog = Parse(current);
        var zone = Zone(catalog);
        var day = NightIds.Day(NightClock.BackupDay(firedAt, zone));
        await EnsureLimitAsync(client, cancellationToken);
        await EnsureTargetLocksAsync(client, catalog.Targets.All(), cancellationToken);

        var id = NightIds.Night(day);
        var existing = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        if (existing is null)
        {
            var firstWindow = catalog.Windows.Count == 0 ? TimeOnly.MinValue : catalog.Windows.Min(w => w.Start);
            var clock = NightClock.For(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), firstWindow, zone, settings.TimeCompression, firedAt);
            var night = new NightInput(day, current, clock,
                new NightSettings(settings.ResourceRecheck, settings.SlotReclaimInterval, settings.RetryAttempts, settings.RetryFirstInterval),
                NotScheduled(catalog, clock.Day),
                clock.ToReal(clock.NightStart.AddDays(1)));
            await ScheduleOnceAsync(client, nameof(NightLedgerOrchestration.BackupNight), night, id, cancellationToken);
            await StartSweepsAsync(client, night, catalog, cancellationToken);
            existing = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        }

        var stored = existing?.ReadInputAs<NightInput>() ?? throw new InvalidOperationException($"The night {id} has no input; purge it and start the window again.");
        if (stored.Catalog.Sha256 != current.Sha256)
        {
            logger.CatalogChangedMidNight(path, day);
            catalog = Parse(stored.Catalog);
        }

        return (stored, catalog);
    }

    /// <summary>
    /// On a prune night, each target's one sweep (<see cref="TargetSweepOrchestration"/>), before any window, so no
    /// service's end is missed: it waits for every service the night runs (each writes to both targets).
    /// </summary>
    private static async Task StartSweepsAsync(DurableTaskClient client, NightInput night, Catalog catalog, CancellationToken cancellationToken)
    {
        if (!catalog.Maintenance.PrunesOn(night.Clock.Day))
        {
            return;
        }

        var running = catalog.Services.Where(s => !night.NotScheduled.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        foreach (var target in new[] { catalog.Targets.Primary, catalog.Targets.Secondary }.OfType<TargetSpec>())
        {
            await ScheduleOnceAsync(client, nameof(TargetSweepOrchestration.TargetSweep),
                new SweepRun(night.Day, target, running, night.EndsAt, night.Settings, catalog.EncryptionKeyFile), NightIds.Sweep(night.Day, target), cancellationToken);
        }
    }

    /// <summary>Starts the global limit when it is not running (a night start, a manual run).</summary>
    public async Task EnsureLimitAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        var limit = await client.GetInstanceAsync(NightIds.Limit, getInputsAndOutputs: false, cancellationToken);
        if (limit?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending)
        {
            return;
        }

        await ScheduleOnceAsync(client, nameof(BackupLimitOrchestration.BackupLimit),
            new LimitState(new SlotLimiter(), options.Value.SlotReclaimInterval), NightIds.Limit, cancellationToken);
    }

    /// <summary>Makes sure each target's lock orchestration runs (steps send it events; an instance that does not exist would drop them).</summary>
    public async Task EnsureTargetLocksAsync(DurableTaskClient client, IEnumerable<TargetSpec> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var target in targets)
        {
            var id = NightIds.Target(target);
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken);
            if (instance?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending)
            {
                continue;
            }

            await ScheduleOnceAsync(client, nameof(TargetLockOrchestration.TargetLock),
                new TargetLockState(id, new TargetLockTable(), options.Value.SlotReclaimInterval), id, cancellationToken);
        }
    }

    /// <summary>Schedules unless another host got there first (then the instance exists and that is what we wanted).</summary>
    private static async Task ScheduleOnceAsync(DurableTaskClient client, string orchestrator, object input, string id, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(id), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Started meanwhile by another host or timer: idempotent. Anything else is a real failure.
            if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
            {
                throw;
            }
        }
    }

    private static IReadOnlyList<ServiceRun> ServiceRuns(NightInput night, Catalog catalog, TierWindow window) =>
        catalog.Services
            .Where(s => s.Tier == window.Name)
            .Select(s => catalog.ScheduleOf(s).ReleaseOn(night.Clock.Day) is { } release ? RunOf(night, catalog, s, release) : null)
            .OfType<ServiceRun>()
            .ToList();

    /// <summary>One service's run of the night, released at <paramref name="release"/> (night time).</summary>
    public static ServiceRun RunOf(NightInput night, Catalog catalog, ServiceDefinition service, DateTime release)
    {
        ArgumentNullException.ThrowIfNull(night);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(service);
        return new ServiceRun
        {
            Day = night.Day,
            Service = service.Name,
            Window = service.Tier,
            Release = release,
            DependsOn = service.DependsOn,
            MaxWait = catalog.Limits.MaxDuration,
            MaxConcurrent = catalog.Limits.MaxConcurrent,
            Thresholds = catalog.Thresholds,
            DiskPath = catalog.Targets.Primary is { Kind: TargetKind.Directory } t ? t.Path : null,
            Clock = night.Clock,
            Settings = night.Settings,
            Job = BackupJob.From(catalog, service, night.Day, NightIds.Backup(night.Day, service.Name)),
            CopyTo = catalog.Targets.Secondary,
            Prune = catalog.Maintenance.PrunesOn(night.Clock.Day),
            Retention = catalog.RetentionOf(service),
        };
    }

    /// <summary>
    /// Runs one failed service of a night again, now, and with it the services that were skipped because of it
    /// (its dependents, transitively, whose run ended Skipped): the night's ledger first forgets their outcomes
    /// (and says so in its status), so the dependents wait for the new run. Returns the services started, or why
    /// not: an unknown night or service (empty, no refusal), one still running or succeeded, a night that ended.
    /// </summary>
    public async Task<(IReadOnlyList<string> Started, string? Refusal)> RetryAsync(DurableTaskClient client, string day, string service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var nightInstance = await client.GetInstanceAsync(NightIds.Night(day), getInputsAndOutputs: true, cancellationToken);
        var stored = nightInstance?.ReadInputAs<NightInput>();
        var catalog = stored is null ? null : Parse(stored.Catalog);
        if (stored is null || catalog?.FindService(service) is not { } definition)
        {
            return ([], null);
        }

        var current = await FinalStatusAsync(client, day, service, cancellationToken);
        if (current.Running)
        {
            return ([], $"the backup of {service} for {day} is still running; retry once it has ended.");
        }

        if (current.Status is { State: BackupState.Succeeded } done)
        {
            return ([], $"the backup of {service} for {day} succeeded (snapshot {done.SnapshotId}); there is nothing to retry.");
        }

        if (nightInstance!.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending))
        {
            return ([], $"the night of {day} has ended ({nightInstance.RuntimeStatus}), so its dependency gate is closed; back the service up in tonight's night instead.");
        }

        var rerun = new List<string> { service };
        foreach (var dependent in SkippedDependents(catalog, service))
        {
            if ((await FinalStatusAsync(client, day, dependent, cancellationToken)).Status is { State: BackupState.Skipped })
            {
                rerun.Add(dependent);
            }
        }

        // The ledger must forget the old outcomes before the dependents ask it, or it would skip them again at once.
        var rerunId = Guid.NewGuid().ToString("N");
        await client.RaiseEventAsync(NightIds.Night(day), NightEvents.Ledger, LedgerMessage.Reruns(rerun, rerunId), cancellationToken);
        await WaitForRerunAsync(client, day, rerunId, cancellationToken);
        var release = stored.Clock.ToNight(time.GetUtcNow());
        foreach (var name in rerun)
        {
            var run = RunOf(stored, catalog, catalog.FindService(name)!, release);
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(ServiceBackupOrchestration.ServiceBackup), run, new StartOrchestrationOptions(run.Job.InstanceId), cancellationToken);
            logger.Retried(name, day, run.Job.InstanceId);
        }

        return (rerun, null);
    }

    private static IEnumerable<string> SkippedDependents(Catalog catalog, string service)
    {
        var graph = CatalogValidator.GraphOf(catalog);
        var seen = new HashSet<string>(StringComparer.Ordinal) { service };
        var queue = new Queue<string>([service]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var dependent in graph.DependentsOf(next).Where(seen.Add))
            {
                queue.Enqueue(dependent);
                yield return dependent;
            }
        }
    }

    private static async Task<(bool Running, BackupStatus? Status)> FinalStatusAsync(DurableTaskClient client, string day, string service, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(NightIds.Backup(day, service), getInputsAndOutputs: true, cancellationToken);
        var running = instance?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;
        return (running, running || instance is null ? null : Output(instance) ?? instance.ReadCustomStatusAs<BackupStatus>());
    }

    /// <summary>The status it returned; a terminated instance's output is its termination reason, not a status.</summary>
    private static BackupStatus? Output(OrchestrationMetadata instance)
    {
        try
        {
            return instance.ReadOutputAs<BackupStatus>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task WaitForRerunAsync(DurableTaskClient client, string day, string rerunId, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while ((await client.GetInstanceAsync(NightIds.Night(day), getInputsAndOutputs: true, limit.Token))?.ReadCustomStatusAs<LedgerStatus>()?.LastRerun != rerunId)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), limit.Token);
        }
    }

    /// <summary>The configured catalog as it is now (errors refuse it, as <c>backupctl validate</c> says them).</summary>
    public Catalog CurrentCatalog() => Parse(Snapshot(NightOptions.Resolve(options.Value.Catalog)));

    /// <summary>Tonight: the backup day of now on the configured catalog's clock.</summary>
    public string Tonight() => NightIds.Day(NightClock.BackupDay(time.GetUtcNow(), Zone(Current().Catalog)));

    /// <summary>The configured catalog file as it is now, parsed and validated (<see cref="CatalogException"/> when it has errors).</summary>
    public (CatalogSnapshot Snapshot, Catalog Catalog) Current()
    {
        var snapshot = Snapshot(NightOptions.Resolve(options.Value.Catalog));
        return (snapshot, Parse(snapshot));
    }

    private static Dictionary<string, string> NotScheduled(Catalog catalog, DateOnly day) =>
        catalog.Services.Where(s => catalog.ScheduleOf(s).ReleaseOn(day) is null)
            .ToDictionary(s => s.Name, s => $"its schedule ({catalog.ScheduleOf(s)}) has no run on {day:yyyy-MM-dd}", StringComparer.Ordinal);

    private CatalogSnapshot Snapshot(string path)
    {
        var text = File.ReadAllText(path);
        return new CatalogSnapshot(path, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), text, time.GetUtcNow());
    }

    /// <summary>The catalog of a snapshot; its errors (as <c>backupctl validate</c> prints them) refuse it.</summary>
    public static Catalog Parse(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var read = CatalogLoader.Parse(snapshot.Text, snapshot.Path, Path.GetDirectoryName(snapshot.Path) ?? "/");
        var errors = read.Diagnostics.Where(d => d.IsError).ToList();
        if (read.Catalog is { } parsed)
        {
            errors.AddRange(CatalogValidator.Errors(parsed));
        }

        return errors.Count > 0 || read.Catalog is null ? throw new CatalogException(errors) : read.Catalog;
    }

    /// <summary>The catalog's time zone; one this machine does not know refuses the catalog.</summary>
    public static TimeZoneInfo Zone(Catalog catalog)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(catalog.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new CatalogException($"{catalog.FilePath}: timezone '{catalog.TimeZone}' is not a time zone this machine knows (an IANA id such as Europe/Zurich). Fix: correct it, or install tzdata.");
        }
    }
}
