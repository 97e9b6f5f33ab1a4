using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>One tier window of one night (<c>window:DAY:TIER</c>): one sub-orchestration per service, all at once; each waits for its own start.</summary>
public sealed class BackupWindowOrchestration
{
    [Function(nameof(BackupWindow))]
    public async Task<WindowResult> BackupWindow([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var window = context.GetInput<WindowRun>() ?? throw new InvalidOperationException("BackupWindow needs a WindowRun input.");
        var log = context.CreateReplaySafeLogger(NightLogFileProvider.CategoryPrefix + ".BackupWindow");
        log.WindowOpened(window.Window, window.Day, window.Services.Count);

        var results = await Task.WhenAll(window.Services.Select(service => BackUpAsync(context, service)));

        log.WindowClosed(window.Window, window.Day,
            results.Count(r => r.State == BackupState.Succeeded),
            string.Join(", ", results.Where(r => r.State != BackupState.Succeeded).Select(r => $"{r.Service} {r.State}")));
        return new WindowResult(window.Day, window.Window, results);
    }

    private static async Task<BackupStatus> BackUpAsync(TaskOrchestrationContext context, ServiceRun service)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<BackupStatus>(nameof(ServiceBackupOrchestration.ServiceBackup), service,
                new SubOrchestrationOptions { InstanceId = NightIds.Backup(service.Day, service.Service) });
        }
        catch (TaskFailedException e)
        {
            // The service's orchestration itself failed (not its backup: that ends in a status). Say so, keep the window going.
            return new BackupStatus
            {
                Service = service.Service,
                Day = service.Day,
                State = BackupState.Failed,
                Reason = $"its orchestration failed: {e.FailureDetails.ErrorMessage}",
                Since = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero),
            };
        }
    }
}
