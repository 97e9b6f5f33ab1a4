using BackupOrchestrator.Domain.Night;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// A prune night's one sweep of a target (<c>sweep:DAY:ROLE</c>), started with the night. Each service's prune step
/// applies its own retention and leaves the packs; this deletes the unused ones once, after the last service of the
/// night that writes to the target has ended (each sends <see cref="NightEvents.BackupEnded"/> at its very end, after
/// its copy and prune), or when the night ends, whichever is first. It takes the target exclusively, as a prune
/// does, and holds up no one: dependents were released long before. Why not sweep in each prune step: a sweep
/// reads every kept manifest of the target, so a night of 37 services swept it 37 times for one night's garbage.
/// A service retried after the sweep prunes its own snapshots; their packs go at the next prune night.
/// </summary>
public sealed class TargetSweepOrchestration
{
    [Function(nameof(TargetSweep))]
    public async Task<SweepStatus> TargetSweep([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<SweepRun>() ?? throw new InvalidOperationException("TargetSweep needs a SweepRun input.");
        var awaiting = new SortedSet<string>(run.Awaiting, StringComparer.Ordinal);
        var status = new SweepStatus { State = AfterBackupState.Waiting, Target = run.Target.Role, Awaiting = [.. awaiting] };
        context.SetCustomStatus(status);
        using (var nightOver = new CancellationTokenSource())
        {
            var end = context.CreateTimer(run.EndsAt.UtcDateTime, nightOver.Token);
            while (awaiting.Count > 0)
            {
                var ended = context.WaitForExternalEvent<string>(NightEvents.BackupEnded);
                if (await Task.WhenAny(ended, end) == end)
                {
                    break;
                }

                if (awaiting.Remove(await ended))
                {
                    status = status with { Awaiting = [.. awaiting] };
                    context.SetCustomStatus(status);
                }
            }

            if (!end.IsCompleted)
            {
                nightOver.Cancel();
            }
        }

        var lease = await TargetLeases.AcquireAsync(context, run.Target, TargetUse.Exclusive, $"the night's sweep of targets.{run.Target.Role}");
        try
        {
            status = status with { State = AfterBackupState.Running, Started = context.CurrentUtcDateTime };
            context.SetCustomStatus(status);
            var result = await context.CallActivityAsync<SweepResult>(nameof(MaintenanceActivities.SweepTarget), new SweepJob(run.Day, run.Target, run.KeyFile), run.Settings.Retry());
            status = status with
            {
                State = result.Errors.Count == 0 ? AfterBackupState.Succeeded : AfterBackupState.Failed,
                BytesFreed = result.BytesFreed,
                PacksDeleted = result.PacksDeleted,
                SweepSkipped = result.SweepSkipped,
                Reason = result.Errors.Count == 0 ? null : string.Join("; ", result.Errors),
                Ended = context.CurrentUtcDateTime,
            };
        }
        catch (TaskFailedException e)
        {
            status = status with { State = AfterBackupState.Failed, Reason = run.Settings.RetriesExhausted(e), Ended = context.CurrentUtcDateTime };
        }
        finally
        {
            TargetLeases.Release(context, lease);
        }

        context.SetCustomStatus(status);
        return status;
    }
}
