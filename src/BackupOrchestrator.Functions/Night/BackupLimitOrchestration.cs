using BackupOrchestrator.Domain.Night;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// The global limit on concurrent backups (<c>limit:backups</c>): one eternal orchestration that is a counting
/// semaphore. Backups send acquire and release events; it answers with a grant event (<see cref="SlotLimiter"/>
/// decides, FIFO). Why an orchestration and not a durable entity: both hosts run it (the local host runs
/// orchestration and activity triggers; entities need an entity trigger and entity support in its engine, which
/// our seam does not carry), and it has what the limit needs: one instance id on the hub, so every window and
/// every host shares it; its state is in its history, so it survives restarts; events queue, so nothing is lost
/// while it is busy. A holder that ended without releasing (terminated, failed, purged) is found by asking the
/// client about the holders (an activity) while someone waits, and its slot comes back (<see cref="EternalLockLoop"/>).
/// </summary>
public sealed class BackupLimitOrchestration
{
    private static readonly LockChannel Channel = new(NightEvents.Limit, NightEvents.SlotGranted, token => new SlotGrant(token));

    [Function(nameof(BackupLimit))]
    public async Task BackupLimit([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var state = context.GetInput<LimitState>() ?? new LimitState(new SlotLimiter(), TimeSpan.FromMinutes(1));
        await EternalLockLoop.RunGenerationAsync<LimitMessage, SlotRequest>(context, state.Limiter, state.ReclaimInterval, Channel);
        context.ContinueAsNew(state);
    }
}
