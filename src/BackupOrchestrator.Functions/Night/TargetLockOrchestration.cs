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
/// <c>backupctl</c> runs beside the night. A holder that ended without releasing is reclaimed as the limit does.
/// </summary>
public sealed class TargetLockOrchestration
{
    private const int MessagesPerGeneration = 100;

    [Function(nameof(TargetLock))]
    public async Task TargetLock([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var state = context.GetInput<TargetLockState>() ?? throw new InvalidOperationException("TargetLock needs a TargetLockState input.");
        var table = state.Table;
        Task<TargetLockMessage>? pending = null;
        for (var handled = 0; handled < MessagesPerGeneration;)
        {
            pending ??= context.WaitForExternalEvent<TargetLockMessage>(NightEvents.TargetLock);
            if (table.Waiting.Count > 0 && table.Holders.Count > 0)
            {
                using var wake = new CancellationTokenSource();
                var reclaim = context.CreateTimer(context.CurrentUtcDateTime + state.ReclaimInterval, wake.Token);
                if (await Task.WhenAny(pending, reclaim) == reclaim)
                {
                    var ended = await context.CallActivityAsync<List<string>>(nameof(NightActivities.FindEndedHolders),
                        table.Holders.Select(h => h.Holder).Concat(table.Waiting.Select(w => w.Holder)).Distinct().ToList());
                    Grant(context, table.Reclaim(ended, Now(context)));
                    continue;
                }

                wake.Cancel();
            }

            var message = await pending;
            pending = null;
            handled++;
            if (message.Request is { } request)
            {
                Grant(context, table.Acquire(request, Now(context)));
            }
            else if (message.Holder is { } holder && message.Token is { } token)
            {
                Grant(context, table.Release(holder, token, Now(context)));
            }

            context.SetCustomStatus(table);
        }

        context.ContinueAsNew(state);
    }

    private static void Grant(TaskOrchestrationContext context, IEnumerable<TargetRequest> granted)
    {
        foreach (var request in granted)
        {
            context.SendEvent(request.Holder, NightEvents.TargetGranted, new TargetGrant(request.Token));
        }
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
