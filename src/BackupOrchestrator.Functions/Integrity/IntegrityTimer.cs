using BackupOrchestrator.Domain.Catalogs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Integrity;

/// <summary>
/// The weekly integrity check's timer: fires on the NCRONTAB app setting <c>BackupIntegritySchedule</c> (daily at
/// 08:00 in local.settings.sample.json, after the night), and starts the check when the day is the catalog's
/// <c>maintenance.integrity_day</c>. The catalog says the day, so changing it needs no new app setting.
/// </summary>
public sealed class IntegrityTimer(IntegrityStarter starter, ILogger<IntegrityTimer> logger)
{
    [Function(nameof(IntegrityCheckTimer))]
    public async Task IntegrityCheckTimer([TimerTrigger("%BackupIntegritySchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        try
        {
            await starter.StartIfDueAsync(client, cancellationToken);
        }
        catch (CatalogException e)
        {
            logger.IntegrityCatalogRefused(e.Message);
        }
    }
}
