using BackupOrchestrator.Domain.Catalogs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using BackupOrchestrator.Functions.Configuration;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// One timer per tier window slot: slot N starts the catalog's N-th window (by start time) for the night it fires
/// in. The schedules are NCRONTAB app settings (<c>BackupWindow1Schedule</c> … <c>BackupWindow7Schedule</c>,
/// seed 000's 01:00 … 07:00 in local.settings.sample.json); keep them at the catalog's window starts.
/// </summary>
public sealed class WindowTimers(NightStarter starter, TimeProvider time, IOptions<NightOptions> options, ILogger<WindowTimers> logger)
{
    [Function(nameof(Window1))]
    public Task Window1([TimerTrigger("%BackupWindow1Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 1, cancellationToken);

    [Function(nameof(Window2))]
    public Task Window2([TimerTrigger("%BackupWindow2Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 2, cancellationToken);

    [Function(nameof(Window3))]
    public Task Window3([TimerTrigger("%BackupWindow3Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 3, cancellationToken);

    [Function(nameof(Window4))]
    public Task Window4([TimerTrigger("%BackupWindow4Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 4, cancellationToken);

    [Function(nameof(Window5))]
    public Task Window5([TimerTrigger("%BackupWindow5Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 5, cancellationToken);

    [Function(nameof(Window6))]
    public Task Window6([TimerTrigger("%BackupWindow6Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 6, cancellationToken);

    [Function(nameof(Window7))]
    public Task Window7([TimerTrigger("%BackupWindow7Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) => FireAsync(client, 7, cancellationToken);

    private async Task FireAsync(DurableTaskClient client, int slot, CancellationToken cancellationToken)
    {
        // The timer fires once a day: a start that fails because storage is away (Azurite restarting, the account
        // unreachable) would lose the window for the night. Starting is idempotent, so try again for a while.
        var firedAt = time.GetUtcNow();
        var delay = TimeSpan.FromSeconds(2);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await starter.StartWindowAsync(client, slot, firedAt, cancellationToken);
                return;
            }
            catch (CatalogException e)
            {
                // A bad catalog never stops the host: it says why here and in orchestrator.log, and the next fire tries again.
                logger.CatalogRefused(options.Value.Catalog, slot, e.Message);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 8)
            {
                logger.WindowStartRetry(slot, attempt, e.GetBaseException().Message, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }
        }
    }
}
