using System.Collections.Concurrent;
using DurableTask.Core;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The orchestration service as the worker sees it: the Azure Storage provider, plus a count of the activity work
/// items in flight so that stopping waits for them. Why a decorator: <see cref="TaskHubWorker.StopAsync(bool)"/>
/// waits at most ~8 s for its dispatchers and then stops the service (releasing its partition leases) even while an
/// activity still runs; the grace period of the host is ours to choose. The worker calls the service's StopAsync
/// after its dispatchers stopped fetching, so waiting there lets running activities finish and report, and takes no
/// new ones.
/// </summary>
internal sealed class DrainingOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    private readonly ConcurrentDictionary<string, byte> _activities = new();
    private readonly object _gate = new();
    private TaskCompletionSource? _drained;
    private DateTimeOffset _drainDeadline = DateTimeOffset.MaxValue;

    /// <summary>Activity work items taken and not yet completed or abandoned.</summary>
    public int ActivitiesInFlight => _activities.Count;

    /// <summary>The longest <see cref="StopAsync(bool)"/> waits for running activities (set before the worker stops).</summary>
    public void SetDrainDeadline(DateTimeOffset deadline) => _drainDeadline = deadline;

    public async Task StopAsync(bool isForced)
    {
        if (!isForced)
        {
            var remaining = _drainDeadline - DateTimeOffset.UtcNow;
            if (remaining > TimeSpan.Zero)
            {
                await Task.WhenAny(WhenDrainedAsync(), Task.Delay(remaining > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : remaining));
            }
        }

        await inner.StopAsync(isForced);
    }

    public Task StopAsync() => StopAsync(false);

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var item = await inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
        if (item is not null)
        {
            _activities.TryAdd(item.Id, 0);
        }

        return item!;
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
        finally
        {
            Done(workItem);
        }
    }

    private void Done(TaskActivityWorkItem workItem)
    {
        if (_activities.TryRemove(workItem.Id, out _) && _activities.IsEmpty)
        {
            lock (_gate)
            {
                _drained?.TrySetResult();
            }
        }
    }

    private Task WhenDrainedAsync()
    {
        lock (_gate)
        {
            if (_activities.IsEmpty)
            {
                return Task.CompletedTask;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

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

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

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

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);
}
