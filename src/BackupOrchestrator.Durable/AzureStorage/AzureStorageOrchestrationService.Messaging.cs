using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Storage;

namespace BackupOrchestrator.Durable.AzureStorage;

public sealed partial class AzureStorageOrchestrationService
{
    private async Task SendAllAsync(IReadOnlyList<TaskMessage> activities, IReadOnlyList<TaskMessage> orchestrations, CancellationToken cancellationToken)
    {
        var sends = new List<Task>();
        var now = _time.GetUtcNow().UtcDateTime;
        if (activities.Count > 0)
        {
            sends.Add(_workItemSender.SendAsync(activities, cancellationToken));
        }

        foreach (var group in orchestrations.GroupBy(m => _names.PartitionOf(m.InstanceId)))
        {
            var sender = _controlSenders[group.Key];
            var immediate = group.Where(m => m.VisibleAt is not { } at || at <= now).ToList();
            if (immediate.Count > 0)
            {
                sends.Add(sender.SendAsync(immediate, cancellationToken));
            }

            foreach (var delayed in group.Where(m => m.VisibleAt is { } at && at > now))
            {
                var wait = delayed.VisibleAt!.Value - now;
                sends.Add(sender.SendDelayedAsync(delayed, wait > MaxQueueDelay ? MaxQueueDelay : wait, cancellationToken));
            }
        }

        await Task.WhenAll(sends);
        if (activities.Count > 0)
        {
            Logs.MessagesSent(_logger, _names.WorkItemQueue, activities.Count);
        }

        if (orchestrations.Count > 0)
        {
            Logs.MessagesSent(_logger, "control queues", orchestrations.Count);
        }
    }

    /// <summary>
    /// The last message a received queue message carried is settled: delete it, or let it come
    /// back after the delay. Runs in the background (tracked, so that stopping waits for it): the
    /// episode or activity that settled it does not wait, and a crash before it only means the
    /// message comes back and is recognised as a duplicate.
    /// </summary>
    private void OnSettled(ReceivedMessage m, TimeSpan? retryAfter)
    {
        if (m.Partition < 0)
        {
            lock (_inFlightWork)
            {
                _inFlightWork.Remove(m);
            }
        }

        Track(retryAfter is { } delay ? HideAsync(m, delay, CancellationToken.None) : DeleteSettledAsync(m));
    }

    private async Task DeleteSettledAsync(ReceivedMessage m)
    {
        await DeleteAsync(m, CancellationToken.None);
        Logs.MessagesDeleted(_logger, m.Messages[0].InstanceId, m.Messages.Count);
    }

    private void Track(Task task)
    {
        lock (_background)
        {
            _background.Add(task);
        }

        _ = task.ContinueWith(t =>
        {
            if (t.Exception is { } ex)
            {
                Logs.DispatcherError(_logger, "message settlement", ex.GetBaseException());
            }

            lock (_background)
            {
                _background.Remove(t);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeleteAsync(ReceivedMessage m, CancellationToken cancellationToken)
    {
        await m.UpdateGate.WaitAsync(cancellationToken);
        try
        {
            await m.Queue.DeleteMessageAsync(m.QueueMessageId, m.PopReceipt, cancellationToken);
        }
        catch (StorageRequestException ex) when (IsGone(ex))
        {
            Logs.MessageDeleteFailed(_logger, m.Messages[0].InstanceId, m.Queue.Name, ex.ErrorCode);
        }
        finally
        {
            m.UpdateGate.Release();
        }
    }

    private async Task HideAsync(ReceivedMessage m, TimeSpan delay, CancellationToken cancellationToken)
    {
        await m.UpdateGate.WaitAsync(cancellationToken);
        try
        {
            var receipt = await m.Queue.UpdateMessageAsync(m.QueueMessageId, m.PopReceipt, null, delay, cancellationToken);
            m.PopReceipt = receipt.PopReceipt;
            m.LastRenewed = _time.GetUtcNow();
        }
        catch (StorageRequestException ex) when (IsGone(ex))
        {
            Logs.MessageDeleteFailed(_logger, m.Messages[0].InstanceId, m.Queue.Name, ex.ErrorCode);
        }
        finally
        {
            m.UpdateGate.Release();
        }
    }

    /// <summary>
    /// Keeps work-item messages hidden while any activity they carry waits or runs (a batch may
    /// wait in memory for a free activity loop; an answer handed over in memory is backed by its
    /// work-item message until its episode commits).
    /// </summary>
    private async Task RenewWorkItemsAsync(CancellationToken stopping)
    {
        var period = _settings.WorkItemQueueVisibilityTimeout / 4;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, _time, stopping);
                List<ReceivedMessage> due;
                var now = _time.GetUtcNow();
                lock (_inFlightWork)
                {
                    due = [.. _inFlightWork.Where(m => now - m.LastRenewed >= period)];
                }

                foreach (var m in due)
                {
                    await RenewAsync(m, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Logs.DispatcherError(_logger, "work-item renewal", ex);
            }
        }
    }

    private async Task RenewAsync(ReceivedMessage m, CancellationToken cancellationToken)
    {
        if (!m.IsOpen)
        {
            return;
        }

        await m.UpdateGate.WaitAsync(cancellationToken);
        try
        {
            if (!m.IsOpen)
            {
                return;
            }

            var receipt = await m.Queue.UpdateMessageAsync(m.QueueMessageId, m.PopReceipt, null, _settings.WorkItemQueueVisibilityTimeout, cancellationToken);
            m.PopReceipt = receipt.PopReceipt;
            m.LastRenewed = _time.GetUtcNow();
            Logs.VisibilityRenewed(_logger, m.QueueMessageId);
        }
        catch (StorageRequestException ex) when (IsGone(ex))
        {
            Logs.MessageDeleteFailed(_logger, m.Messages[0].InstanceId, m.Queue.Name, ex.ErrorCode);
        }
        finally
        {
            m.UpdateGate.Release();
        }
    }

    /// <summary>
    /// The message was deleted or received again by someone else (its visibility ran out): it is
    /// either done or will be processed again and recognised as a duplicate.
    /// </summary>
    private static bool IsGone(StorageRequestException ex) =>
        ex.IsNotFound || (ex.Status == 400 && ex.ErrorCode is "PopReceiptMismatch" or "MessageNotFound");

    private async Task<(IReadOnlyList<HistoryEvent> Events, string? ETag, string? ExecutionId)> LoadHistoryAsync(string instanceId, List<BufferedMessage> messages, CancellationToken cancellationToken)
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

        if (messages.All(m => !m.Local && m.Message.DequeueCount == 1 && m.Message.Event is ExecutionStartedEvent))
        {
            // Only first deliveries of a start: almost always a new instance, so skip the read and
            // assume no history. The commit then inserts the sentinel; if it exists after all (a
            // restart, a duplicate start), the insert fails as a conflict, the episode is discarded
            // and the start comes back a second later as a redelivery, which reads the history.
            Logs.HistoryAssumedNew(_logger, instanceId);
            return ([], null, null);
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
        _rows.Forget(instanceId);
        lock (_cache)
        {
            _cache.Remove(instanceId);
        }
    }

    private sealed record CachedHistory(IReadOnlyList<HistoryEvent> Events, string ETag, string ExecutionId);

    /// <summary><paramref name="PartitionLost"/> fires when this host stops owning the instance's control queue: the commit stops.</summary>
    private sealed record WorkState(List<BufferedMessage> Messages, string? SentinelETag, string? ExecutionId, CancellationToken PartitionLost);
}
