using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Integrity;

/// <summary>
/// Starts the integrity check of a day (<c>integrity:DAY</c>, the day on the catalog's clock): from the timer on
/// the catalog's <c>maintenance.integrity_day</c> only, once; on request at any time, replacing that day's finished
/// check. It checks every target of the catalog as it is now.
/// </summary>
public sealed class IntegrityStarter(NightStarter night, TimeProvider time, ILogger<IntegrityStarter> logger)
{
    /// <summary>The timer's start: null when today is not the catalog's day or today's check already ran.</summary>
    public async Task<string?> StartIfDueAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        var catalog = night.CurrentCatalog();
        var day = Today(catalog);
        if (!catalog.Maintenance.ChecksOn(day))
        {
            logger.IntegrityNotToday(NightIds.Day(day), catalog.Maintenance.IntegrityDay);
            return null;
        }

        var id = NightIds.Integrity(NightIds.Day(day));
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            logger.IntegrityAlreadyRan(id);
            return null;
        }

        return await StartAsync(client, catalog, day, "timer", cancellationToken);
    }

    /// <summary>A check now (POST integrity/run); the refusal when today's check still runs.</summary>
    public async Task<(string Day, string? Refusal)> RunNowAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var catalog = night.CurrentCatalog();
        var day = Today(catalog);
        var text = NightIds.Day(day);
        var existing = await client.GetInstanceAsync(NightIds.Integrity(text), getInputsAndOutputs: false, cancellationToken);
        if (existing?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending)
        {
            return (text, $"the integrity check of {text} is still running; GET /api/integrity/{text} shows how far it is.");
        }

        await StartAsync(client, catalog, day, "request", cancellationToken);
        return (text, null);
    }

    private async Task<string> StartAsync(DurableTaskClient client, Catalog catalog, DateOnly day, string trigger, CancellationToken cancellationToken)
    {
        var targets = catalog.Targets.All().ToList();
        await night.EnsureTargetLocksAsync(client, targets, cancellationToken);
        var id = NightIds.Integrity(NightIds.Day(day));
        var run = new IntegrityRun(NightIds.Day(day), trigger, targets, catalog.Maintenance.IntegritySample, catalog.EncryptionKeyFile);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(IntegrityCheckOrchestration.IntegrityCheck), run, new StartOrchestrationOptions(id), cancellationToken);
        logger.IntegrityStarted(id, targets.Count, catalog.Maintenance.IntegritySample);
        return id;
    }

    private DateOnly Today(Catalog catalog) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), NightStarter.Zone(catalog)).DateTime);
}
