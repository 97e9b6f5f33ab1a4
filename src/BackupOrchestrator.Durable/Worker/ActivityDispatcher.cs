using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>
/// Runs activities on N loops: lock a message, hold its named slot if it asks for one, run
/// the code while renewing the message lock, send the result, delete the message.
/// </summary>
internal sealed class ActivityDispatcher(IOrchestrationService service, TaskRegistry registry, DurableTaskWorkerOptions options, TimeProvider time, ILogger logger)
{
    public Task RunAsync(CancellationToken stopping) =>
        Task.WhenAll(Enumerable.Range(0, options.MaxConcurrentActivities).Select(_ => Task.Run(() => LoopAsync(stopping), CancellationToken.None)));

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ActivityWorkItem? item;
            try
            {
                item = await service.LockNextActivityWorkItemAsync(options.LockWait, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Logs.DispatcherError(logger, "activity", ex);
                await Task.Delay(500, CancellationToken.None);
                continue;
            }

            if (item is not null)
            {
                await ProcessAsync(item, stopping);
            }
        }
    }

    private async Task ProcessAsync(ActivityWorkItem item, CancellationToken stopping)
    {
        var scheduled = item.TaskScheduled;
        var message = item.Message;
        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                Logs.ActivityPoison(logger, scheduled.Name, scheduled.EventId, message.InstanceId, message.DequeueCount);
                var poison = new FailureDetails("PoisonMessage", $"Activity '{scheduled.Name}' was started {message.DequeueCount} times without finishing (its worker crashed or hung each time); it was not retried again.");
                await service.CompleteActivityWorkItemAsync(item, Response(message, new TaskFailedEvent { TaskScheduledId = scheduled.EventId, FailureDetails = poison, Timestamp = Now() }), CancellationToken.None);
                return;
            }

            Logs.ActivityStarting(logger, scheduled.Name, scheduled.EventId, message.InstanceId, message.DequeueCount);
            using var renewal = new CancellationTokenSource();
            var renewTask = RenewLoopAsync(item, renewal.Token);
            HistoryEvent result;
            try
            {
                result = await RunAsync(item, stopping);
            }
            finally
            {
                await renewal.CancelAsync();
                await renewTask;
            }

            if (stopping.IsCancellationRequested && result is TaskFailedEvent)
            {
                // Shutting down mid-activity is not a failure of the activity: let another worker run it.
                await service.AbandonActivityWorkItemAsync(item, CancellationToken.None);
                return;
            }

            await service.CompleteActivityWorkItemAsync(item, Response(message, result), CancellationToken.None);
        }
        catch (Exception ex)
        {
            Logs.ActivityDispatchFailed(logger, scheduled.Name, message.InstanceId, ex);
            try
            {
                await service.AbandonActivityWorkItemAsync(item, CancellationToken.None);
            }
            catch (Exception abandonError)
            {
                Logs.ActivityDispatchFailed(logger, scheduled.Name, message.InstanceId, abandonError);
            }
        }
    }

    private async Task<HistoryEvent> RunAsync(ActivityWorkItem item, CancellationToken stopping)
    {
        var scheduled = item.TaskScheduled;
        var message = item.Message;
        if (!registry.TryGetActivity(scheduled.Name, out var activity))
        {
            return new TaskFailedEvent
            {
                TaskScheduledId = scheduled.EventId,
                FailureDetails = new FailureDetails("ActivityNotRegistered", $"No activity named '{scheduled.Name}' is registered on this worker. Register it with DurableTaskWorker.AddActivity."),
                Timestamp = Now(),
            };
        }

        IAsyncDisposable? slot = null;
        try
        {
            if (scheduled.ConcurrencySlot is { } slotName)
            {
                int limit = options.SlotLimits.TryGetValue(slotName, out int l) ? l : 1;
                slot = await service.Slots.AcquireAsync(slotName, limit, stopping);
            }

            var context = new TaskActivityContext(scheduled.Name, message.InstanceId, scheduled.EventId, service.Slots, stopping);
            string? output = await activity(context, scheduled.Input);
            Logs.ActivityCompleted(logger, scheduled.Name, scheduled.EventId, message.InstanceId);
            return new TaskCompletedEvent { TaskScheduledId = scheduled.EventId, Result = output, Timestamp = Now() };
        }
        catch (Exception ex)
        {
            Logs.ActivityFailed(logger, scheduled.Name, scheduled.EventId, message.InstanceId, ex.Message);
            return new TaskFailedEvent { TaskScheduledId = scheduled.EventId, FailureDetails = FailureDetails.FromException(ex), Timestamp = Now() };
        }
        finally
        {
            if (slot is not null)
            {
                await slot.DisposeAsync();
            }
        }
    }

    private async Task RenewLoopAsync(ActivityWorkItem item, CancellationToken done)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.ActivityRenewInterval, time, done);
                await service.RenewActivityWorkItemAsync(item, done);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            Logs.ActivityDispatchFailed(logger, item.TaskScheduled.Name, item.Message.InstanceId, ex);
        }
    }

    /// <summary>
    /// The answer to an activity message. An answer to a request handed out more than once is
    /// marked redelivered: the request's first run may have answered already and that answer may
    /// have been recorded by an episode that crashed before sending its messages.
    /// </summary>
    private static TaskMessage Response(TaskMessage request, HistoryEvent result) =>
        new() { InstanceId = request.InstanceId, ExecutionId = request.ExecutionId, Event = result, Redelivered = request.DequeueCount > 1 };

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
