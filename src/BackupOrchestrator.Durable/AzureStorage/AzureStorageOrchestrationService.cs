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
    private readonly Channel<ReceivedMessage> _activities;
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
        _activities = Channel.CreateUnbounded<ReceivedMessage>();
        _controlReceivers = new QueueReceiver?[_names.PartitionCount];
        _partitionStops = new CancellationTokenSource?[_names.PartitionCount];
        _workItemReceiver = new QueueReceiver(account.GetQueueClient(_names.WorkItemQueue), -1, _codec,
            () => Math.Min(_settings.MaxPrefetchedActivities, Volatile.Read(ref _activityWaiters)) - _activities.Reader.Count, m => _activities.Writer.TryWrite(m),
            _settings, _settings.WorkItemQueueVisibilityTimeout, _payloads, _logger);
        _partitions = new PartitionManager(leases, _names, _settings, StartPartition, StopPartition, _time, _logger);
    }

    public TaskHubNames Names => _names;

    public IConcurrencySlots Slots => _slots;

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
            var (events, etag, executionId) = await LoadHistoryAsync(taken.InstanceId, cancellationToken);
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

        // 2. The instance row.
        if (commit.Instance is { } row)
        {
            await _instances.WriteAsync(row, cancellationToken);
            Logs.InstanceWritten(_logger, id, row.RuntimeStatus.ToString());
        }

        // 3. Outgoing messages.
        await SendAllAsync(commit.ActivityMessages, commit.OrchestratorMessages, cancellationToken);

        // 4. The consumed messages (a crash before this only causes redelivery, recognised as duplicates).
        await Parallel.ForEachAsync(state.Messages, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (m, ct) =>
        {
            if (commit.DeferredMessageIds.Contains(m.Message.Id))
            {
                await HideAsync(m, RetryDelay, ct);
            }
            else
            {
                await DeleteAsync(m, ct);
            }
        });
        Logs.MessagesDeleted(_logger, id, state.Messages.Count);
    }

    public async Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        var state = (WorkState)workItem.BackendState!;
        Forget(workItem.InstanceId);
        await Task.WhenAll(state.Messages.Select(m => HideAsync(m, RetryDelay, cancellationToken)));
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

    public async Task RenewActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        var m = (ReceivedMessage)workItem.BackendState!;
        var receipt = await m.Queue.UpdateMessageAsync(m.QueueMessageId, m.PopReceipt, null, _settings.WorkItemQueueVisibilityTimeout, cancellationToken);
        m.PopReceipt = receipt.PopReceipt;
        Logs.VisibilityRenewed(_logger, m.QueueMessageId);
    }

    public async Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, TaskMessage response, CancellationToken cancellationToken)
    {
        // The result first, then the request: a crash in between runs the activity again (at least once).
        await SendAllAsync([], [response], cancellationToken);
        await DeleteAsync((ReceivedMessage)workItem.BackendState!, cancellationToken);
    }

    public Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken) =>
        HideAsync((ReceivedMessage)workItem.BackendState!, TimeSpan.Zero, cancellationToken);

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
        await _partitions.ReleaseAllAsync();
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
            _loops = [Task.Run(() => _partitions.RunAsync(token), CancellationToken.None), Task.Run(() => _workItemReceiver.RunAsync(token), CancellationToken.None)];
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
            var receiver = new QueueReceiver(_account.GetQueueClient(_names.ControlQueues[p]), p, _codec, () => _settings.QueueBatchSize, _buffer.Add,
                _settings, _settings.ControlQueueVisibilityTimeout, _payloads, _logger);
            _controlReceivers[p] = receiver;
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

        _buffer.DropPartition(p);
    }
}
