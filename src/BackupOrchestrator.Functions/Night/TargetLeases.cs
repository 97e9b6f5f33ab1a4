using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>A use of a target granted by its lock orchestration; release it with <see cref="TargetLeases.Release"/>.</summary>
internal sealed record TargetLease(string LockId, string Token);

/// <summary>Acquires and releases a target's lock from an orchestration (events only, so it stays deterministic).</summary>
internal static class TargetLeases
{
    /// <summary>Asks the target's lock for <paramref name="use"/> and waits for the grant (grants of earlier runs of this instance are not ours).</summary>
    public static async Task<TargetLease> AcquireAsync(TaskOrchestrationContext context, TargetSpec target, TargetUse use, string purpose)
    {
        var lease = new TargetLease(NightIds.Target(target), context.NewGuid().ToString("N"));
        context.SendEvent(lease.LockId, NightEvents.TargetLock, new TargetLockMessage(new TargetRequest(context.InstanceId, lease.Token, use, purpose), null, null));
        while ((await context.WaitForExternalEvent<TargetGrant>(NightEvents.TargetGranted)).Token != lease.Token)
        {
            // A grant for an earlier run of this instance: not ours.
        }

        return lease;
    }

    public static void Release(TaskOrchestrationContext context, TargetLease lease) =>
        context.SendEvent(lease.LockId, NightEvents.TargetLock, new TargetLockMessage(null, context.InstanceId, lease.Token));
}
