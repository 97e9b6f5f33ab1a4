using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Night;

/// <summary>The night's activities: where its I/O happens (the backup, the machine's readings, the hub's instances).</summary>
public sealed class NightActivities(ServiceBackupRunner runner, ResourceProbe probe)
{
    /// <summary>One backup (hooks, sources, post hooks); progress goes to the service's orchestration as events.</summary>
    [Function(nameof(RunBackup))]
    public Task<BackupReport> RunBackup([ActivityTrigger] BackupJob job, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
        => runner.RunAsync(job, progress => client.RaiseEventAsync(job.InstanceId, NightEvents.Progress, progress, CancellationToken.None), cancellationToken);

    [Function(nameof(ProbeResources))]
    public Task<ResourceVerdict> ProbeResources([ActivityTrigger] ResourceProbeRequest request, CancellationToken cancellationToken)
        => probe.CheckAsync(request.Thresholds, request.DiskPath, request.Service, cancellationToken);

    /// <summary>Of the given slot holders, those whose orchestration is no longer running (terminated, failed, completed, purged).</summary>
    [Function(nameof(FindEndedHolders))]
    public async Task<List<string>> FindEndedHolders([ActivityTrigger] List<string> holders, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var ended = new List<string>();
        foreach (var holder in holders)
        {
            var instance = await client.GetInstanceAsync(holder, getInputsAndOutputs: false, cancellationToken);
            if (instance is null || instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended))
            {
                ended.Add(holder);
            }
        }

        return ended;
    }
}
