using BackupOrchestrator.Domain.Night;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>A message to an eternal lock: acquire (<see cref="Request"/>) or release (<see cref="Holder"/>, <see cref="Token"/>).</summary>
public interface ILockMessage<out TRequest>
    where TRequest : class, ILockRequest
{
    TRequest? Request { get; }

    string? Holder { get; }

    string? Token { get; }
}

/// <summary>How one eternal lock talks: the event its messages arrive on, the event a grant is sent on, and the grant's payload for a token.</summary>
internal sealed record LockChannel(string MessageEvent, string GrantEvent, Func<string, object> Grant);

/// <summary>
/// The message loop of the eternal lock orchestrations (the global limit, each target's lock): one generation
/// handles up to <see cref="MessagesPerGeneration"/> messages, then the caller continues as new with the table,
/// so the history stays short. While a waiter is blocked, a reclaim timer runs beside the wait for the next
/// message; when it fires first, the holders that ended without releasing (terminated, failed, purged) are asked
/// for and reclaimed (a failed ask is tried again at the next interval). The order of its actions (wait, timer, activity, send) is replayed by running instances:
/// changing it breaks a hub's running locks on upgrade (EternalLockUpgradeTests keeps an earlier build's loop).
/// </summary>
internal static class EternalLockLoop
{
    public const int MessagesPerGeneration = 100;

    /// <param name="afterMessage">Runs after each message (the target lock shows its table as the custom status).</param>
    public static async Task RunGenerationAsync<TMessage, TRequest>(
        TaskOrchestrationContext context, ILockTable<TRequest> table, TimeSpan reclaimInterval, LockChannel channel, Action? afterMessage = null)
        where TMessage : ILockMessage<TRequest>
        where TRequest : class, ILockRequest
    {
        Task<TMessage>? pending = null;
        for (var handled = 0; handled < MessagesPerGeneration;)
        {
            pending ??= context.WaitForExternalEvent<TMessage>(channel.MessageEvent);
            if (table.Blocked)
            {
                using var wake = new CancellationTokenSource();
                var reclaim = context.CreateTimer(context.CurrentUtcDateTime + reclaimInterval, wake.Token);
                if (await Task.WhenAny(pending, reclaim) == reclaim)
                {
                    List<string> ended;
                    try
                    {
                        ended = await context.CallActivityAsync<List<string>>(nameof(NightActivities.FindEndedHolders), table.Parties.ToList());
                    }
                    catch (TaskFailedException)
                    {
                        // The client could not ask (storage away, the host stopping): the lock must not die of it,
                        // or every waiter would wait for ever. It asks again at the next reclaim interval.
                        continue;
                    }

                    Grant(context, channel, table.Reclaim(ended, Now(context)));
                    continue;
                }

                wake.Cancel();
            }

            var message = await pending;
            pending = null;
            handled++;
            if (message.Request is { } request)
            {
                Grant(context, channel, table.Acquire(request, Now(context)));
            }
            else if (message.Holder is { } holder && message.Token is { } token)
            {
                Grant(context, channel, table.Release(holder, token, Now(context)));
            }

            afterMessage?.Invoke();
        }
    }

    private static void Grant<TRequest>(TaskOrchestrationContext context, LockChannel channel, IEnumerable<TRequest> granted)
        where TRequest : ILockRequest
    {
        foreach (var request in granted)
        {
            context.SendEvent(request.Holder, channel.GrantEvent, channel.Grant(request.Token));
        }
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
