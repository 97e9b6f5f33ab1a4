using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Integrity;

/// <summary>
/// A day's integrity check (<c>integrity:DAY</c>): each target in turn, with that target's shared use (so a prune
/// of it waits, and it waits for a prune), verified by the <c>VerifyTarget</c> activity; each result is in the
/// custom status as it comes, and the whole is the output.
/// </summary>
public sealed class IntegrityCheckOrchestration
{
    [Function(nameof(IntegrityCheck))]
    public async Task<IntegrityStatus> IntegrityCheck([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<IntegrityRun>() ?? throw new InvalidOperationException("IntegrityCheck needs an IntegrityRun input.");
        var log = context.CreateReplaySafeLogger(NightLogFileProvider.CategoryPrefix + ".IntegrityCheck");
        var status = new IntegrityStatus { Day = run.Day, State = IntegrityState.Running, Started = Now(context), Trigger = run.Trigger };
        foreach (var target in run.Targets)
        {
            status = status with { Current = target.Role };
            context.SetCustomStatus(status);
            var lease = await TargetLeases.AcquireAsync(context, target, TargetUse.Shared, $"integrity check of {run.Day}");
            TargetIntegrity result;
            try
            {
                result = await context.CallActivityAsync<TargetIntegrity>(nameof(MaintenanceActivities.VerifyTarget), new VerifyJob(run.Day, target, run.Sample, run.KeyFile));
            }
            catch (TaskFailedException e)
            {
                result = new TargetIntegrity
                {
                    Target = target.Role,
                    Where = TargetMaintenance.Where(target),
                    LockId = NightIds.Target(target),
                    Checked = Now(context),
                    Sample = run.Sample,
                    Error = e.FailureDetails.ErrorMessage,
                };
            }
            finally
            {
                TargetLeases.Release(context, lease);
            }

            status = status with { Targets = [.. status.Targets, result] };
            log.IntegrityChecked(run.Day, target.Role, result.Ok, result.Problems.Count);
        }

        var passed = status.Targets.All(t => t.Ok && t.Error is null);
        status = status with { State = passed ? IntegrityState.Passed : IntegrityState.Failed, Current = null, Ended = Now(context) };
        context.SetCustomStatus(status);
        return status;
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
