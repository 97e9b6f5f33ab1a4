using System.Threading.Channels;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// The task hub on Azure Storage (or Azurite), laid out like DurableTask.AzureStorage: tables
/// <c>{hub}Instances</c> and <c>{hub}History</c>, queues <c>{hub}-control-NN</c> and
/// <c>{hub}-workitems</c>, containers <c>{hub}-largemessages</c> and <c>{hub}-leases</c>.
/// An episode commits history first (ETag-checked on the sentinel row), then the instance row,
/// then its messages, then deletes the messages it consumed; see docs/durable.md.
/// </summary>
public sealed partial class AzureStorageOrchestrationService : IOrchestrationService, IOrchestrationServiceClient, IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxQueueDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5);
    private readonly StorageAccount _account;
    private readonly AzureStorageOrchestrationServiceSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskHubNames _names;
    private readonly LargePayloadStore _payloads;
    private readonly MessageCodec _codec;
    private readonly HistoryTable _history;
    private readonly InstanceTable _instances;
    private readonly BlobConcurrencySlots _slots;
    private readonly OrchestrationWorkBuffer _buffer = new();
    private readonly Channel<BufferedMessage> _activities;
    private readonly QueueSender _workItemSender;
    private readonly QueueSender[] _controlSenders;
    private readonly HashSet<ReceivedMessage> _inFlightWork = [];
    private readonly HashSet<Task> _background = [];
    private readonly InstanceRowThrottle _rows;
    private readonly QueueReceiver?[] _controlReceivers;
    private readonly QueueReceiver _workItemReceiver;
    private readonly Dictionary<string, CachedHistory> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly PartitionManager _partitions;
    private readonly CancellationTokenSource?[] _partitionStops;
    private CancellationTokenSource? _stopping;
    private List<Task> _loops = [];
    private int _activityWaiters;

    public AzureStorageOrchestrationService(StorageAccount account, AzureStorageOrchestrationServiceSettings? settings = null, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        _account = account;
        _settings = settings ?? new AzureStorageOrchestrationServiceSettings();
        _time = time ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("BackupOrchestrator.Durable.AzureStorage");
        _names = new TaskHubNames(_settings.TaskHubName, _settings.PartitionCount);
        _payloads = new LargePayloadStore(account.GetBlobContainerClient(_names.LargeMessagesContainer), _logger);
        _codec = new MessageCodec(_payloads, _settings.LargeMessageThreshold);
        _history = new HistoryTable(account.GetTableClient(_names.HistoryTable), _payloads, _logger);
        _instances = new InstanceTable(account.GetTableClient(_names.InstancesTable), _payloads);
        var leases = account.GetBlobContainerClient(_names.LeasesContainer);
        _slots = new BlobConcurrencySlots(leases, _logger);
        _activities = Channel.CreateUnbounded<BufferedMessage>();
        _rows = new InstanceRowThrottle(_settings.InstanceRowRefreshInterval, _settings.MaxCachedInstances);
        _controlReceivers = new QueueReceiver?[_names.PartitionCount];
        _partitionStops = new CancellationTokenSource?[_names.PartitionCount];
        _workItemReceiver = new QueueReceiver(account.GetQueueClient(_names.WorkItemQueue), -1, _codec, WorkItemsWanted, DeliverWorkItems,
            _settings, _settings.WorkItemQueueVisibilityTimeout, _payloads, _time, _logger);
        _workItemSender = new QueueSender(account.GetQueueClient(_names.WorkItemQueue), _codec, _workItemReceiver.Wake);
        _controlSenders = [.. Enumerable.Range(0, _names.PartitionCount).Select(p =>
            new QueueSender(account.GetQueueClient(_names.ControlQueues[p]), _codec, () => _controlReceivers[p]?.Wake()))];
        _partitions = new PartitionManager(leases, _names, _settings, StartPartition, StopPartition, _time, _logger);
    }

    public TaskHubNames Names => _names;

    public IConcurrencySlots Slots => _slots;

    /// <summary>Control messages received and waiting for an episode (tests).</summary>
    internal int BufferedMessageCount => _buffer.Count;

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            _instances.Table.CreateIfNotExistsAsync(cancellationToken),
            _history.Table.CreateIfNotExistsAsync(cancellationToken),
            _account.GetQueueClient(_names.WorkItemQueue).CreateIfNotExistsAsync(cancellationToken),
            _payloads.Container.CreateIfNotExistsAsync(cancellationToken),
            _account.GetBlobContainerClient(_names.LeasesContainer).CreateIfNotExistsAsync(cancellationToken));
        await Task.WhenAll(_names.ControlQueues.Select(q => _account.GetQueueClient(q).CreateIfNotExistsAsync(cancellationToken)));
        await _partitions.EnsureBlobsAsync(cancellationToken);
        Logs.HubCreated(_logger, _names.Hub, _names.PartitionCount);
    }

    /// <summary>Deletes every table, queue and container of the hub (tests and tear-down).</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        await Task.WhenAll(
            _instances.Table.DeleteIfExistsAsync(cancellationToken),
            _history.Table.DeleteIfExistsAsync(cancellationToken),
            _account.GetQueueClient(_names.WorkItemQueue).DeleteIfExistsAsync(cancellationToken),
            _payloads.Container.DeleteIfExistsAsync(cancellationToken),
            _account.GetBlobContainerClient(_names.LeasesContainer).DeleteIfExistsAsync(cancellationToken));
        await Task.WhenAll(_names.ControlQueues.Select(q => _account.GetQueueClient(q).DeleteIfExistsAsync(cancellationToken)));
    }

    public async Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        EnsureStarted();
        if (await _buffer.TakeAsync(maxWait, cancellationToken) is not { } taken)
        {
            return null;
        }

        try
        {
            var (events, etag, executionId) = await LoadHistoryAsync(taken.InstanceId, taken.Messages, cancellationToken);
            return new OrchestrationWorkItem
            {
                InstanceId = taken.InstanceId,
                History = events,
                Messages = [.. taken.Messages.Select(m => m.Message)],
                BackendState = new WorkState(taken.Messages, etag, executionId, PartitionToken(taken.InstanceId)),
            };
        }
        catch
        {
            // Nothing ran: the messages come back shortly, not after their visibility timeout.
            GiveBack(taken.Messages);
            _buffer.Release(taken.InstanceId);
            throw;
        }
    }

    public async Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken)
    {
        var state = (WorkState)workItem.BackendState!;
        string id = workItem.InstanceId;
        // Another host may own the partition once its lease is lost: stop writing (the history's ETag guards the rest).
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, state.PartitionLost);
        cancellationToken = linked.Token;
        // 1. History (the sentinel's ETag makes this the commit point).
        if (commit.NewEvents.Count > 0)
        {
            string executionId = commit.NewExecution || state.ExecutionId is null
                ? commit.NewEvents.OfType<ExecutionStartedEvent>().First().ExecutionId
                : state.ExecutionId;
            int first = commit.NewExecution ? 0 : workItem.History.Count;
            string etag;
            try
            {
                etag = await _history.AppendAsync(id, executionId, first, commit.NewEvents, state.SentinelETag, cancellationToken);
            }
            catch
            {
                Forget(id);
                throw;
            }

            Remember(id, commit.NewExecution ? [.. commit.NewEvents] : [.. workItem.History, .. commit.NewEvents], etag, executionId);
        }

        // 2. The instance row (skipped when nothing a reader sees changed, see InstanceRowThrottle).
        if (commit.Instance is { } row && _rows.ShouldWrite(row))
        {
            await _instances.WriteAsync(row, cancellationToken);
            _rows.Written(row);
            Logs.InstanceWritten(_logger, id, row.RuntimeStatus.ToString());
        }

        // 3. Outgoing messages.
        await SendAllAsync(commit.ActivityMessages, commit.OrchestratorMessages, cancellationToken);

        // 4. The consumed messages: settled now, deleted in the background once every message their
        // queue message carries is settled (a crash before that only causes redelivery, recognised
        // as duplicates). An answer handed over in memory settles its activity's work-item message.
        foreach (var m in state.Messages)
        {
            m.Source.Settle(commit.DeferredMessageIds.Contains(m.Message.Id) ? RetryDelay : null);
        }
    }

    public Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        var state = (WorkState)workItem.BackendState!;
        Forget(workItem.InstanceId);
        GiveBack(state.Messages);
        return Task.CompletedTask;
    }

    /// <summary>Messages of an episode that did not commit: retried after <see cref="RetryDelay"/>.</summary>
    private void GiveBack(IEnumerable<BufferedMessage> messages)
    {
        foreach (var m in messages)
        {
            if (m.Local)
            {
                // Only this host has it: offer it again a little later (or, if the partition is
                // gone by then, let its work-item message come back so the activity runs again).
                Track(RequeueLocalAsync(m));
            }
            else
            {
                m.Source.Settle(RetryDelay);
            }
        }
    }

    public Task ReleaseOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        _buffer.Release(workItem.InstanceId);
        return Task.CompletedTask;
    }

    public async Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        EnsureStarted();
        if (_activities.Reader.TryRead(out var ready))
        {
            return new ActivityWorkItem { Message = ready.Message, BackendState = ready };
        }

        // Only idle dispatcher loops ask the receiver for messages, so none wait in memory while
        // their visibility runs out (and a crash does not count as a dequeue of many of them).
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(maxWait);
        Interlocked.Increment(ref _activityWaiters);
        _workItemReceiver.Wake();
        try
        {
            var m = await _activities.Reader.ReadAsync(cts.Token);
            return new ActivityWorkItem { Message = m.Message, BackendState = m };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            Interlocked.Decrement(ref _activityWaiters);
        }
    }

    public Task RenewActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        // Parts of one batch share the message: renew it once, not once per running part.
        var m = ((BufferedMessage)workItem.BackendState!).Source;
        return _time.GetUtcNow() - m.LastRenewed < TimeSpan.FromSeconds(1) ? Task.CompletedTask : RenewAsync(m, cancellationToken);
    }

    public async Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, TaskMessage response, CancellationToken cancellationToken)
    {
        var part = (BufferedMessage)workItem.BackendState!;
        int partition = _names.PartitionOf(response.InstanceId);
        if (_settings.LocalAnswers && _buffer.TryAdd(new BufferedMessage(response with { DequeueCount = 1 }, part.Source, partition, Local: true)))
        {
            // This host runs the instance's episodes: hand the answer over in memory. Its work-item
            // message stays (hidden, renewed) until the episode that records the answer commits; a
            // crash before that brings it back and the activity runs again (at least once).
            Logs.AnswerHandedOver(_logger, response.InstanceId, workItem.TaskScheduled.EventId);
            return;
        }

        // The result first, then the request: a crash in between runs the activity again (at least once).
        await SendAllAsync([], [response], cancellationToken);
        part.Source.Settle(null);
    }

    public Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        ((BufferedMessage)workItem.BackendState!).Source.Settle(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? stopping;
        List<Task> loops;
        lock (_gate)
        {
            stopping = _stopping;
            loops = _loops;
            _stopping = null;
            _loops = [];
        }

        if (stopping is null)
        {
            return;
        }

        await stopping.CancelAsync();
        await Task.WhenAll(loops);
        // Activities received but not started: their messages come back at once for another host.
        while (_activities.Reader.TryRead(out var waiting))
        {
            waiting.Source.Settle(TimeSpan.Zero);
        }

        await _partitions.ReleaseAllAsync();
        Task[] background;
        lock (_background)
        {
            background = [.. _background];
        }

        await Task.WhenAll(background);
        stopping.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    private void EnsureStarted()
    {
        lock (_gate)
        {
            if (_stopping is not null)
            {
                return;
            }

            _stopping = new CancellationTokenSource();
            var token = _stopping.Token;
            _loops =
            [
                Task.Run(() => _partitions.RunAsync(token), CancellationToken.None),
                Task.Run(() => _workItemReceiver.RunAsync(token), CancellationToken.None),
                Task.Run(() => RenewWorkItemsAsync(token), CancellationToken.None),
            ];
        }
    }

    private void StartPartition(int p)
    {
        lock (_gate)
        {
            if (_stopping is null)
            {
                return;
            }

            var stop = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _partitionStops[p] = stop;
            var receiver = new QueueReceiver(_account.GetQueueClient(_names.ControlQueues[p]), p, _codec, () => _settings.QueueBatchSize, DeliverControl,
                _settings, _settings.ControlQueueVisibilityTimeout, _payloads, _time, _logger);
            _controlReceivers[p] = receiver;
            _buffer.OpenPartition(p);
            _loops.Add(Task.Run(() => receiver.RunAsync(stop.Token), CancellationToken.None));
        }
    }

    /// <summary>Cancelled when the partition of <paramref name="instanceId"/> is lost (already cancelled when not owned).</summary>
    private CancellationToken PartitionToken(string instanceId)
    {
        lock (_gate)
        {
            return _partitionStops[_names.PartitionOf(instanceId)]?.Token ?? new CancellationToken(canceled: true);
        }
    }

    private void StopPartition(int p)
    {
        lock (_gate)
        {
            _partitionStops[p]?.Cancel();
            _partitionStops[p] = null;
            _controlReceivers[p] = null;
        }

        // Waiting control messages become visible at once for the new owner (not after their
        // visibility timeout). Answers handed over in memory are lost with the partition: their
        // work-item messages come back at once so the activities run again and answer the new
        // owner through the queue.
        var dropped = _buffer.DropPartition(p);
        foreach (var m in dropped)
        {
            m.Source.Settle(TimeSpan.Zero);
        }

        if (dropped.Count > 0)
        {
            Logs.MessagesGivenBack(_logger, _names.ControlQueues[p], dropped.Count);
        }
    }

    private int WorkItemsWanted()
    {
        // Ask for queue messages only for idle activity loops; a message may carry a batch, so ask
        // for a quarter as many messages as there are free loops (at least one).
        int free = Math.Min(_settings.MaxPrefetchedActivities, Volatile.Read(ref _activityWaiters)) - _activities.Reader.Count;
        return free <= 0 ? 0 : Math.Max(1, free / 4);
    }

    private void DeliverWorkItems(ReceivedMessage received)
    {
        received.Settled = OnSettled;
        lock (_inFlightWork)
        {
            _inFlightWork.Add(received);
        }

        foreach (var m in received.Messages)
        {
            _activities.Writer.TryWrite(new BufferedMessage(m, received, -1, Local: false));
        }
    }

    private void DeliverControl(ReceivedMessage received)
    {
        received.Settled = OnSettled;
        foreach (var m in received.Messages)
        {
            if (!_buffer.TryAdd(new BufferedMessage(m, received, received.Partition, Local: false)))
            {
                received.Settle(TimeSpan.Zero); // the partition was lost meanwhile: for its new owner
            }
        }
    }

    /// <summary>
    /// Offers an in-memory answer of an abandoned episode again, counted as a second delivery: that
    /// episode may have recorded it before it failed (for example while sending its messages), and a
    /// recorded redelivery makes the next episode send that episode's messages again.
    /// </summary>
    private async Task RequeueLocalAsync(BufferedMessage m)
    {
        await Task.Delay(RetryDelay, _time);
        if (!_buffer.TryAdd(m with { Message = m.Message with { DequeueCount = m.Message.DequeueCount + 1 } }))
        {
            m.Source.Settle(TimeSpan.Zero);
        }
    }
}
