using BackupOrchestrator.Domain.Night;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// One target's readers-writer lock (<c>target:…</c>), an eternal orchestration like the global limit: backups,
/// copies into it and integrity checks use it shared, a prune exclusively (<see cref="TargetLockTable"/> decides,
/// in arrival order). Why not the repository's own locks: across processes they keep a prune's sweep away from a
/// running backup, but a prune still runs beside it (it forgets snapshots and defers the sweep), and a verify takes
/// no lock at all; this serialises the night's steps instead. The repository's locks stay underneath, for
/// <c>backupctl</c> runs beside the night. A holder that ended without releasing is reclaimed as the limit does
/// (the same <see cref="EternalLockLoop"/>); the table is the custom status, so a waiter can be told who holds it.
/// </summary>
public sealed class TargetLockOrchestration
{
    private static readonly LockChannel Channel = new(NightEvents.TargetLock, NightEvents.TargetGranted, token => new TargetGrant(token));

    [Function(nameof(TargetLock))]
    public async Task TargetLock([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var state = context.GetInput<TargetLockState>() ?? throw new InvalidOperationException("TargetLock needs a TargetLockState input.");
        await EternalLockLoop.RunGenerationAsync<TargetLockMessage, TargetRequest>(context, state.Table, state.ReclaimInterval, Channel,
            () => context.SetCustomStatus(state.Table));
        context.ContinueAsNew(state);
    }
}
