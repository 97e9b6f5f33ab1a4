using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Storage;

namespace BackupOrchestrator.Durable.AzureStorage;

public sealed partial class AzureStorageOrchestrationService
{
    private async Task SendAllAsync(IReadOnlyList<TaskMessage> activities, IReadOnlyList<TaskMessage> orchestrations, CancellationToken cancellationToken)
    {
        var work = activities.Select(m => (Message: m, Partition: -1)).Concat(orchestrations.Select(m => (Message: m, Partition: _names.PartitionOf(m.InstanceId))));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var queue = _account.GetQueueClient(item.Partition < 0 ? _names.WorkItemQueue : _names.ControlQueues[item.Partition]);
            TimeSpan? delay = null;
            if (item.Message.VisibleAt is { } at)
            {
                var wait = at - _time.GetUtcNow().UtcDateTime;
                delay = wait <= TimeSpan.Zero ? null : wait > MaxQueueDelay ? MaxQueueDelay : wait;
            }

            string text = await _codec.EncodeAsync(item.Message, ct);
            await queue.SendMessageAsync(text, delay, Timeout.InfiniteTimeSpan, ct);
            if (delay is null)
            {
                // Fast path: the local reader of that queue looks now instead of at its next poll.
                (item.Partition < 0 ? _workItemReceiver : _controlReceivers[item.Partition])?.Wake();
            }
        });
        if (activities.Count > 0)
        {
            Logs.MessagesSent(_logger, _names.WorkItemQueue, activities.Count);
        }

        if (orchestrations.Count > 0)
        {
            Logs.MessagesSent(_logger, "control queues", orchestrations.Count);
        }
    }

    private async Task DeleteAsync(ReceivedMessage m, CancellationToken cancellationToken)
    {
        try
        {
            await m.Queue.DeleteMessageAsync(m.QueueMessageId, m.PopReceipt, cancellationToken);
        }
        catch (StorageRequestException ex) when (IsGone(ex))
        {
            Logs.MessageDeleteFailed(_logger, m.Message.InstanceId, m.Queue.Name, ex.ErrorCode);
        }
    }

    private async Task HideAsync(ReceivedMessage m, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await m.Queue.UpdateMessageAsync(m.QueueMessageId, m.PopReceipt, null, delay, cancellationToken);
            m.PopReceipt = receipt.PopReceipt;
        }
        catch (StorageRequestException ex) when (IsGone(ex))
        {
            Logs.MessageDeleteFailed(_logger, m.Message.InstanceId, m.Queue.Name, ex.ErrorCode);
        }
    }

    /// <summary>
    /// The message was deleted or received again by someone else (its visibility ran out): it is
    /// either done or will be processed again and recognised as a duplicate.
    /// </summary>
    private static bool IsGone(StorageRequestException ex) =>
        ex.IsNotFound || (ex.Status == 400 && ex.ErrorCode is "PopReceiptMismatch" or "MessageNotFound");

    private async Task<(IReadOnlyList<HistoryEvent> Events, string? ETag, string? ExecutionId)> LoadHistoryAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (_settings.ExtendedSessions)
        {
            lock (_cache)
            {
                if (_cache.TryGetValue(instanceId, out var cached))
                {
                    // Safe without a read: a stale cache fails the commit on the sentinel ETag, which evicts it.
                    Logs.HistoryLoaded(_logger, instanceId, cached.Events.Count, true);
                    return (cached.Events, cached.ETag, cached.ExecutionId);
                }
            }
        }

        var read = await _history.ReadAsync(instanceId, cancellationToken);
        Logs.HistoryLoaded(_logger, instanceId, read.Events.Count, false);
        return (read.Events, read.SentinelETag, read.ExecutionId);
    }

    private void Remember(string instanceId, List<HistoryEvent> events, string etag, string executionId)
    {
        if (!_settings.ExtendedSessions)
        {
            return;
        }

        lock (_cache)
        {
            if (_cache.Count >= _settings.MaxCachedInstances && !_cache.ContainsKey(instanceId))
            {
                _cache.Remove(_cache.Keys.First());
            }

            _cache[instanceId] = new CachedHistory(events, etag, executionId);
        }
    }

    private void Forget(string instanceId)
    {
        lock (_cache)
        {
            _cache.Remove(instanceId);
        }
    }

    private sealed record CachedHistory(IReadOnlyList<HistoryEvent> Events, string ETag, string ExecutionId);

    /// <summary><paramref name="PartitionLost"/> fires when this host stops owning the instance's control queue: the commit stops.</summary>
    private sealed record WorkState(List<ReceivedMessage> Messages, string? SentinelETag, string? ExecutionId, CancellationToken PartitionLost);
}
