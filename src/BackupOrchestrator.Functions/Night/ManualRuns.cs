using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Configuration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Night;

/// <summary>A run on request that started (or had already started under the same run id).</summary>
public sealed record ManualRunStart(string InstanceId, string RunId, bool AlreadyStarted);

/// <summary>
/// One service backed up now, on request (<c>manual:SERVICE:RUNID</c>), on the catalog file as it is now. It is
/// not part of a night: no schedule wait and no dependency gate (the person asking decided it should run), and its
/// outcome goes to no night's ledger. It still waits for the resource gate and a slot of the global limit, so a
/// manual run never overloads the machine or exceeds <c>limits.max_concurrent</c> with the night's backups.
/// </summary>
public sealed class ManualRuns(NightStarter starter, IOptions<NightOptions> options, TimeProvider time, ILogger<ManualRuns> logger)
{
    /// <summary>Starts the run, or finds the one started before with <paramref name="runId"/>; null when the catalog has no such service.</summary>
    public async Task<ManualRunStart?> StartAsync(DurableTaskClient client, string service, string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (snapshot, catalog) = starter.Current();
        if (catalog.FindService(service) is not { } definition)
        {
            return null;
        }

        runId ??= Guid.NewGuid().ToString("N");
        var id = NightIds.Manual(definition.Name, runId);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return new ManualRunStart(id, runId, AlreadyStarted: true);
        }

        await starter.EnsureLimitAsync(client, cancellationToken);
        // Its backup takes the primary target's shared use and its copy the secondary's: their locks must run.
        await starter.EnsureTargetLocksAsync(client, catalog.Targets.All(), cancellationToken);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, NightStarter.Zone(catalog)).DateTime;
        var day = DateOnly.FromDateTime(local);
        // Its own clock, anchored now: released at once; the resource re-checks and max_duration still run on
        // the configured compression, as a night's would.
        var clock = new NightClock(day, local, now, Math.Max(1, settings.TimeCompression));
        var night = new NightInput(NightIds.Day(day), snapshot, clock,
            new NightSettings(settings.ResourceRecheck, settings.SlotReclaimInterval, settings.RetryAttempts, settings.RetryFirstInterval),
            new Dictionary<string, string>(StringComparer.Ordinal), now);
        var run = NightStarter.RunOf(night, catalog, definition, local) with
        {
            DependsOn = [],
            Manual = true,
            Job = Services.BackupJob.From(catalog, definition, night.Day, id),
        };
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(ServiceBackupOrchestration.ServiceBackup), run, new StartOrchestrationOptions(id), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The same run id twice at once: the other request started it, which is what both asked for.
            if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return new ManualRunStart(id, runId, AlreadyStarted: true);
        }

        logger.RunOnRequest(definition.Name, id);
        return new ManualRunStart(id, runId, AlreadyStarted: false);
    }
}
