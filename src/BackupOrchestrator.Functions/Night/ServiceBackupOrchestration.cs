using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// One service's backup of one night (<c>backup:DAY:SERVICE</c>): wait for its start, the dependency gate, the
/// resource gate, a slot of the global limit, the backup, release, record. Each step is the custom status.
/// </summary>
public sealed class ServiceBackupOrchestration
{
    [Function(nameof(ServiceBackup))]
    public async Task<BackupStatus> ServiceBackup([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<ServiceRun>() ?? throw new InvalidOperationException("ServiceBackup needs a ServiceRun input.");
        var final = await RunAsync(context, run);
        if (run.Prune && !run.Manual)
        {
            // On a prune night, the sweep of each target waits for every service that writes there to end.
            foreach (var target in new[] { run.Job.Target, run.CopyTo }.OfType<Domain.Catalogs.TargetSpec>())
            {
                context.SendEvent(NightIds.Sweep(run.Day, target), NightEvents.BackupEnded, run.Service);
            }
        }

        return final;
    }

    private static async Task<BackupStatus> RunAsync(TaskOrchestrationContext context, ServiceRun run)
    {
        var status = new StatusBoard(context, run);
        var log = context.CreateReplaySafeLogger(NightLogFileProvider.CategoryPrefix + ".ServiceBackup");

        await WaitForScheduleAsync(context, run, status);

        var gate = await WaitForDependenciesAsync(context, run, status);
        if (!gate.Open)
        {
            log.Skipped(run.Service, run.Day, gate.Reason);
            return Record(context, run, status.Finish(BackupState.Skipped, gate.Reason));
        }

        if (await WaitForResourcesAsync(context, run, status) is { } busy)
        {
            log.Skipped(run.Service, run.Day, busy);
            return Record(context, run, status.Finish(BackupState.Skipped, busy));
        }

        var slot = await AcquireSlotAsync(context, run, status);
        BackupStatus final;
        try
        {
            final = await RunOnTargetAsync(context, run, status, log);
        }
        finally
        {
            context.SendEvent(NightIds.Limit, NightEvents.Limit, new LimitMessage(null, context.InstanceId, slot));
        }

        log.Ended(run.Service, run.Day, final.State, final.Reason ?? final.SnapshotId ?? "");
        Record(context, run, final);
        return final.State == BackupState.Succeeded ? await AfterBackupSteps.RunAsync(context, run, status) : final;
    }

    /// <summary>The backup with the primary target's shared use, so no prune of that target runs beside it.</summary>
    private static async Task<BackupStatus> RunOnTargetAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status, Microsoft.Extensions.Logging.ILogger log)
    {
        if (run.Job.Target is not { } target)
        {
            // No primary target: the activity says so as the backup's failure.
            return await RunBackupAsync(context, run, status);
        }

        status.Enter(BackupState.WaitingForSlot, $"slot granted; waiting for targets.{target.Role} (its prune or integrity check, if one runs, goes first)");
        var lease = await TargetLeases.AcquireAsync(context, target, Domain.Night.TargetUse.Shared, $"backup of {run.Service}");
        try
        {
            log.Running(run.Service, run.Day);
            return await RunBackupAsync(context, run, status);
        }
        finally
        {
            TargetLeases.Release(context, lease);
        }
    }

    private static async Task WaitForScheduleAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        var at = run.Clock.ToReal(run.Release).UtcDateTime;
        status.Enter(BackupState.WaitingForSchedule, $"released at {run.Release:HH:mm} night time");
        if (at > context.CurrentUtcDateTime)
        {
            await context.CreateTimer(at, CancellationToken.None);
        }
    }

    /// <summary>
    /// Asks the night's ledger and waits for its answer, or until max_duration after the release. The ledger
    /// answers at once when the dependencies already ended, so there is no race with a dependency that ends first.
    /// </summary>
    private static async Task<GateDecision> WaitForDependenciesAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        if (run.DependsOn.Count == 0)
        {
            return new GateDecision(true, "no dependencies");
        }

        status.Enter(BackupState.WaitingForDependencies, $"waiting for {string.Join(", ", run.DependsOn)}");
        var answer = context.WaitForExternalEvent<GateDecision>(NightEvents.Gate);
        context.SendEvent(NightIds.Night(run.Day), NightEvents.Ledger,
            LedgerMessage.Subscription(new GateSubscription(run.Service, run.DependsOn, context.InstanceId)));
        using var giveUp = new CancellationTokenSource();
        var deadline = context.CreateTimer(run.Clock.ToReal(run.Release + run.MaxWait).UtcDateTime, giveUp.Token);
        if (await Task.WhenAny(answer, deadline) == answer)
        {
            giveUp.Cancel();
            return await answer;
        }

        return new GateDecision(false, $"waited {DurationText.Format(run.MaxWait)} (limits.max_duration) for {string.Join(", ", run.DependsOn)}");
    }

    /// <summary>Looks at the machine; while a reading is over its threshold, waits a durable timer and looks again, up to max_duration after the release.</summary>
    private static async Task<string?> WaitForResourcesAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        var deadline = run.Clock.ToReal(run.Release + run.MaxWait).UtcDateTime;
        while (true)
        {
            var verdict = await context.CallActivityAsync<ResourceVerdict>(nameof(NightActivities.ProbeResources),
                new ResourceProbeRequest(run.Service, run.Thresholds, run.DiskPath));
            if (verdict.Ok)
            {
                return null;
            }

            var over = string.Join(", ", verdict.Over);
            if (context.CurrentUtcDateTime >= deadline)
            {
                return $"the machine stayed busy for {DurationText.Format(run.MaxWait)} (limits.max_duration): {over}";
            }

            status.Enter(BackupState.WaitingForResources, over);
            var next = context.CurrentUtcDateTime + run.Clock.Scale(run.Settings.ResourceRecheck);
            await context.CreateTimer(next < deadline ? next : deadline, CancellationToken.None);
        }
    }

    /// <summary>Asks the global limit for a slot and waits for it; returns the token to release it with.</summary>
    private static async Task<string> AcquireSlotAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        var token = context.NewGuid().ToString("N");
        status.Enter(BackupState.WaitingForSlot, $"waiting for one of {run.MaxConcurrent} slots (limits.max_concurrent)");
        context.SendEvent(NightIds.Limit, NightEvents.Limit, new LimitMessage(new SlotRequest(context.InstanceId, token, run.MaxConcurrent), null, null));
        while ((await context.WaitForExternalEvent<SlotGrant>(NightEvents.SlotGranted)).Token != token)
        {
            // A grant for an earlier run of this instance: not ours.
        }

        return token;
    }

    /// <summary>The backup activity, retried with backoff when it fails transiently; its progress events become the Running status.</summary>
    private static async Task<BackupStatus> RunBackupAsync(TaskOrchestrationContext context, ServiceRun run, StatusBoard status)
    {
        status.Enter(BackupState.Running);
        // One id per attempt, stable under replay: the activity's snapshot carries it, so a re-run after a crash finds it.
        var job = run.Job with { RunId = context.NewGuid().ToString("N"), RunStarted = context.CurrentUtcDateTime };
        var backup = context.CallActivityAsync<BackupReport>(nameof(NightActivities.RunBackup), job, run.Settings.Retry());
        try
        {
            while (true)
            {
                var progress = context.WaitForExternalEvent<RunningProgress>(NightEvents.Progress);
                if (await Task.WhenAny(backup, progress) == backup)
                {
                    break;
                }

                status.Progress(await progress);
            }

            var report = await backup;
            return status.Finish(report.State, report.Reason, report);
        }
        catch (TaskFailedException e)
        {
            return status.Finish(BackupState.Failed, run.Settings.RetriesExhausted(e));
        }
    }

    /// <summary>Tells the night's ledger how it ended (which opens or closes its dependents' gates); a manual run tells no one.</summary>
    private static BackupStatus Record(TaskOrchestrationContext context, ServiceRun run, BackupStatus final)
    {
        if (run.Manual)
        {
            return final;
        }

        context.SendEvent(NightIds.Night(run.Day), NightEvents.Ledger, LedgerMessage.Outcome(run.Service, final.State, final.Reason));
        return final;
    }
}
