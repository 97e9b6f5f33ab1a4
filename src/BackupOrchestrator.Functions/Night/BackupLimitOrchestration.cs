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
/// client about the holders (an activity) while someone waits, and its slot comes back.
/// </summary>
public sealed class BackupLimitOrchestration
{
    private const int MessagesPerGeneration = 100;

    [Function(nameof(BackupLimit))]
    public async Task BackupLimit([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var state = context.GetInput<LimitState>() ?? new LimitState(new SlotLimiter(), TimeSpan.FromMinutes(1));
        var limiter = state.Limiter;
        Task<LimitMessage>? pending = null;
        for (var handled = 0; handled < MessagesPerGeneration;)
        {
            pending ??= context.WaitForExternalEvent<LimitMessage>(NightEvents.Limit);
            if (limiter.Waiting.Count > 0 && limiter.Holders.Count >= limiter.Limit)
            {
                using var wake = new CancellationTokenSource();
                var reclaim = context.CreateTimer(context.CurrentUtcDateTime + state.ReclaimInterval, wake.Token);
                if (await Task.WhenAny(pending, reclaim) == reclaim)
                {
                    var ended = await context.CallActivityAsync<List<string>>(nameof(NightActivities.FindEndedHolders),
                        limiter.Holders.Select(h => h.Holder).Concat(limiter.Waiting.Select(w => w.Holder)).Distinct().ToList());
                    Grant(context, limiter.Reclaim(ended, Now(context)));
                    continue;
                }

                wake.Cancel();
            }

            var message = await pending;
            pending = null;
            handled++;
            if (message.Request is { } request)
            {
                Grant(context, limiter.Acquire(request, Now(context)));
            }
            else if (message.Holder is { } holder && message.Token is { } token)
            {
                Grant(context, limiter.Release(holder, token, Now(context)));
            }
        }

        context.ContinueAsNew(state);
    }

    private static void Grant(TaskOrchestrationContext context, IEnumerable<SlotRequest> granted)
    {
        foreach (var request in granted)
        {
            context.SendEvent(request.Holder, NightEvents.SlotGranted, new SlotGrant(request.Token));
        }
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
