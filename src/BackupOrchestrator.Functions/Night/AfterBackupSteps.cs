using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// What follows a succeeded backup in its service's orchestration, after its outcome is recorded (so dependents
/// do not wait for it): the copy of the new snapshot to the secondary target (shared use of that target), then on
/// a prune day the service's retention on the primary and on the secondary, each as its own step with the
/// target's exclusive use, so it never runs beside a backup, a copy or an integrity check of that target.
/// A failed copy or prune is shown (state, reason) and leaves the backup Succeeded. A night's prune applies the
/// retention only: the target's unused packs go in the night's one sweep (<see cref="TargetSweepOrchestration"/>).
/// </summary>
internal static class AfterBackupSteps
{
    public static async Task<BackupStatus> RunAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        var retry = run.Settings.Retry();
        var primary = run.Job.Target!;
        if (run.CopyTo is { } secondary && status.Current.SnapshotName is { } snapshot)
        {
            await CopyAsync(context, run, status, primary, secondary, snapshot, retry);
        }

        if (run.Prune)
        {
            foreach (var target in new[] { primary, run.CopyTo }.OfType<TargetSpec>())
            {
                await PruneAsync(context, run, status, target, retry);
            }
        }

        return status.Current;
    }

    private static async Task CopyAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status, TargetSpec from, TargetSpec to, string snapshot, TaskOptions retry)
    {
        var copy = new CopyStatus { State = AfterBackupState.Waiting, Target = to.Role, SnapshotId = status.Current.SnapshotId, Requested = status.Time };
        status.Copy(copy);
        var lease = await TargetLeases.AcquireAsync(context, to, TargetUse.Shared, $"copy of {run.Service}'s snapshot");
        try
        {
            copy = copy with { State = AfterBackupState.Running, Started = status.Time };
            status.Copy(copy);
            var result = await context.CallActivityAsync<CopyResult>(nameof(MaintenanceActivities.CopySnapshot),
                new CopyJob(run.Service, run.Day, snapshot, from, to, run.Job.KeyFile), retry);
            status.Copy(copy with
            {
                State = AfterBackupState.Succeeded,
                BytesCopied = result.BytesCopied,
                ChunksCopied = result.ChunksCopied,
                ChunksAlreadyThere = result.ChunksAlreadyThere,
                Ended = status.Time,
            });
        }
        catch (TaskFailedException e)
        {
            status.Copy(copy with { State = AfterBackupState.Failed, Reason = run.Settings.RetriesExhausted(e), Ended = status.Time });
        }
        finally
        {
            TargetLeases.Release(context, lease);
        }
    }

    private static async Task PruneAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status, TargetSpec target, TaskOptions retry)
    {
        var prune = new PruneStatus { State = AfterBackupState.Waiting, Target = target.Role, Requested = status.Time };
        status.Prune(prune);
        var lease = await TargetLeases.AcquireAsync(context, target, TargetUse.Exclusive, $"retention of {run.Service}");
        try
        {
            prune = prune with { State = AfterBackupState.Running, Started = status.Time };
            status.Prune(prune);
            var result = await context.CallActivityAsync<PruneResult>(nameof(MaintenanceActivities.PruneTarget),
                new PruneJob(run.Service, run.Day, target, run.Retention, run.Job.KeyFile, Sweep: run.Manual), retry);
            status.Prune(prune with
            {
                State = result.Errors.Count == 0 ? AfterBackupState.Succeeded : AfterBackupState.Failed,
                Removed = result.Removed,
                Kept = result.Kept,
                BytesFreed = result.BytesFreed,
                PacksDeleted = result.PacksDeleted,
                SweepSkipped = result.SweepSkipped,
                Reason = result.Errors.Count == 0 ? null : string.Join("; ", result.Errors),
                Ended = status.Time,
            });
        }
        catch (TaskFailedException e)
        {
            status.Prune(prune with { State = AfterBackupState.Failed, Reason = run.Settings.RetriesExhausted(e), Ended = status.Time });
        }
        finally
        {
            TargetLeases.Release(context, lease);
        }
    }
}
