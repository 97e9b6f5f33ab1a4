using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The orchestration service as the worker sees it: the Azure Storage provider, plus what a graceful stop needs.
/// Why: <see cref="TaskHubWorker.StopAsync(bool)"/> stops both dispatchers at once and then the service. An activity
/// still running then reports into a control queue whose listener buffers the result in memory and never hands it
/// on, so the orchestration waits out the control queue's visibility timeout (5 minutes) on the next host. Draining
/// first (no new activities, the orchestration dispatcher still running) lets running activities finish and their
/// results be recorded before the worker stops.
/// </summary>
internal sealed class DrainingOrchestrationService(IOrchestrationService inner, TimeProvider time, ILogger? logger = null) : IOrchestrationService
{
    // DurableTask.AzureStorage's record of the activity messages it is running (private, DTFx 2.11).
    private static readonly FieldInfo? ActivitySessions =
        typeof(AzureStorageOrchestrationService).GetField("activeActivitySessions", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly ConcurrentDictionary<string, byte> _activities = new();
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, byte> _orchestrations = new(ReferenceEqualityComparer.Instance);
    private long _lastProgressTicks;
    private volatile bool _refuseActivities;

    /// <summary>Activity work items taken and not yet completed or abandoned.</summary>
    public int ActivitiesInFlight => _activities.Count;

    /// <summary>Stops handing out activity work items (one taken meanwhile goes back to its queue at once).</summary>
    public void StopTakingActivities() => _refuseActivities = true;

    /// <summary>
    /// Waits until no activity runs, no orchestration work item is in flight and none has progressed for
    /// <paramref name="quiet"/> (the time a control queue listener may take to fetch an activity's result), or until
    /// <paramref name="deadline"/>. True when it got quiet.
    /// </summary>
    public async Task<bool> WaitUntilQuietAsync(TimeSpan quiet, DateTimeOffset deadline)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var idle = now - new DateTimeOffset(Interlocked.Read(ref _lastProgressTicks), TimeSpan.Zero);
            if (_activities.IsEmpty && _orchestrations.IsEmpty && idle >= quiet)
            {
                return true;
            }

            if (now >= deadline)
            {
                return false;
            }

            var wait = TimeSpan.FromMilliseconds(50);
            await Task.Delay(deadline - now < wait ? deadline - now : wait, time);
        }
    }

    public Task StopAsync(bool isForced) => inner.StopAsync(isForced);

    public Task StopAsync() => inner.StopAsync();

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        if (_refuseActivities)
        {
            // The dispatcher reads null as "no work" and asks again; do not let it spin.
            await Task.Delay(receiveTimeout < TimeSpan.FromSeconds(1) ? receiveTimeout : TimeSpan.FromSeconds(1), time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            return null!;
        }

        var item = await inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
        if (item is null)
        {
            return null!;
        }

        if (_refuseActivities)
        {
            await inner.AbandonTaskActivityWorkItemAsync(item);
            return null!;
        }

        _activities.TryAdd(item.Id, 0);
        return item;
    }

    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        try
        {
            await inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
        }
        finally
        {
            Done(workItem);
        }
    }

    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        try
        {
            await inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
        catch (Exception e) when (inner is AzureStorageOrchestrationService && ActivitySessions?.GetValue(inner) is IDictionary sessions)
        {
            // Storage was away when the dispatcher gave the message back (an activity that ended while Azurite or the
            // account was unreachable: its result could not be sent, then the abandon failed too). DTFx then keeps
            // the message in its "running" record for good and drops every later receipt of it as a concurrent
            // duplicate: the activity never runs again on this host and its orchestration waits forever. Forget it:
            // the message comes back when its visibility timeout ends and runs again (activities are idempotent).
            sessions.Remove(workItem.Id);
            if (logger is not null)
            {
                Logs.ActivityAbandonFailed(logger, workItem.Id, e.GetBaseException().Message);
            }
        }
        finally
        {
            Done(workItem);
        }
    }

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var item = await inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (item is not null)
        {
            _orchestrations.TryAdd(item, 0);
            Progress();
        }

        return item!;
    }

    public async Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            await inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }
        finally
        {
            _orchestrations.TryRemove(workItem, out _);
            Progress();
        }
    }

    private void Done(TaskActivityWorkItem workItem)
    {
        _activities.TryRemove(workItem.Id, out _);
        Progress();
    }

    private void Progress() => Interlocked.Exchange(ref _lastProgressTicks, time.GetUtcNow().UtcTicks);

    // Everything else is the provider's.
    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public Task StartAsync() => inner.StartAsync();

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);
}
