using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Owns control queues through blob leases in <c>{hub}-leases/partitions/</c>: only the holder of
/// a partition's lease reads its queue, so two hosts never run episodes of one instance at once.
/// Leases are renewed at a third of their duration. A partition counts as lost (its reader stops
/// and its in-flight commits are cancelled) when the service says so, or when no renewal has
/// succeeded for so long that the lease may expire within <see cref="SafetyMargin"/>: by the
/// local clock, before another host can acquire it. No error (a timeout, a bug) ends the loop.
/// The lease id derives from the worker id, so a restarted host with the same id takes its
/// partitions back without waiting for the lease to expire.
/// </summary>
internal sealed class PartitionManager(
    BlobContainerClient leases,
    TaskHubNames names,
    AzureStorageOrchestrationServiceSettings settings,
    Action<int> acquired,
    Action<int> lost,
    TimeProvider time,
    ILogger logger)
{
    private readonly string _leaseId = DeterministicGuid.Create("partition-lease/" + settings.WorkerId).ToString();
    /// <summary>Owned partition: when its lease surely stays valid until (the send time of the last successful renewal plus the duration).</summary>
    private readonly Dictionary<int, DateTimeOffset> _owned = [];
    private readonly DateTimeOffset[] _nextAcquire = new DateTimeOffset[names.PartitionCount];

    /// <summary>How long before the lease can expire this host stops using a partition it could not renew.</summary>
    public TimeSpan SafetyMargin => settings.PartitionLeaseDuration / 6;

    private TimeSpan RenewPeriod => settings.PartitionLeaseDuration / 3;

    public bool Owns(int partition)
    {
        lock (_owned)
        {
            return _owned.ContainsKey(partition);
        }
    }

    public async Task EnsureBlobsAsync(CancellationToken cancellationToken)
    {
        foreach (string queue in names.ControlQueues)
        {
            try
            {
                await leases.GetBlobClient(TaskHubNames.PartitionLeaseBlob(queue)).UploadAsync(ReadOnlyMemory<byte>.Empty, new BlobUploadOptions { Conditions = BlobRequestConditions.CreateOnly }, cancellationToken);
            }
            catch (StorageRequestException ex) when (ex.IsConflict || ex.IsPreconditionFailed)
            {
                // Exists already (maybe leased by another host).
            }
        }
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            await TickAsync(stopping);
            try
            {
                // Often enough to renew on time and to notice a renewal that keeps failing before the lease expires.
                await Task.Delay(SafetyMargin / 2, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: renew or give up owned partitions, then try to acquire free ones. Never throws but on <paramref name="stopping"/>.</summary>
    internal async Task TickAsync(CancellationToken stopping)
    {
        for (int p = 0; p < names.PartitionCount; p++)
        {
            DateTimeOffset? validUntil;
            lock (_owned)
            {
                validUntil = _owned.TryGetValue(p, out var until) ? until : null;
            }

            if (validUntil is { } until2)
            {
                await RenewAsync(p, until2, stopping);
            }
        }

        for (int p = 0; p < names.PartitionCount && !stopping.IsCancellationRequested; p++)
        {
            if (!Owns(p) && time.GetUtcNow() >= _nextAcquire[p])
            {
                await TryAcquireAsync(p, stopping);
            }
        }
    }

    public async Task ReleaseAllAsync()
    {
        int[] owned;
        lock (_owned)
        {
            owned = [.. _owned.Keys];
            _owned.Clear();
        }

        foreach (int p in owned)
        {
            lost(p);
            try
            {
                await Blob(p).ReleaseLeaseAsync(_leaseId);
                Logs.PartitionReleased(logger, names.ControlQueues[p], settings.WorkerId);
            }
            catch (StorageRequestException)
            {
                // Expired or taken already: nothing to give back.
            }
        }
    }

    private async Task RenewAsync(int p, DateTimeOffset validUntil, CancellationToken stopping)
    {
        var now = time.GetUtcNow();
        var giveUpAt = validUntil - SafetyMargin;
        if (now < validUntil - settings.PartitionLeaseDuration + RenewPeriod)
        {
            return; // renewed recently
        }

        string? failure = null;
        if (now < giveUpAt)
        {
            try
            {
                // A renewal still in flight when the lease may be gone is worth nothing: bound it.
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                bounded.CancelAfter(giveUpAt - now);
                await Blob(p).RenewLeaseAsync(_leaseId, bounded.Token);
                lock (_owned)
                {
                    if (_owned.ContainsKey(p))
                    {
                        _owned[p] = now + settings.PartitionLeaseDuration;
                    }
                }

                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (StorageRequestException ex) when (ex.IsConflict || ex.IsPreconditionFailed || ex.IsNotFound)
            {
                // The service says the lease is not ours any more.
                GiveUp(p, $"{settings.WorkerId}: {ex.ErrorCode}");
                return;
            }
            catch (Exception ex)
            {
                failure = ex.Message;
                Logs.PartitionRenewFailed(logger, names.ControlQueues[p], settings.WorkerId, ex);
            }
        }

        if (time.GetUtcNow() >= giveUpAt)
        {
            GiveUp(p, $"{settings.WorkerId}: not renewed in time ({failure ?? "renewal overdue"})");
        }
    }

    private async Task TryAcquireAsync(int p, CancellationToken stopping)
    {
        lock (_owned)
        {
            if (_owned.Count >= settings.MaxOwnedPartitions)
            {
                return;
            }
        }

        var sentAt = time.GetUtcNow();
        _nextAcquire[p] = sentAt + RenewPeriod;
        try
        {
            await Blob(p).AcquireLeaseAsync(settings.PartitionLeaseDuration, _leaseId, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }
        catch (StorageRequestException ex) when (ex.IsConflict)
        {
            return; // another host holds it
        }
        catch (Exception ex)
        {
            Logs.PartitionRenewFailed(logger, names.ControlQueues[p], settings.WorkerId, ex);
            return;
        }

        if (time.GetUtcNow() >= sentAt + settings.PartitionLeaseDuration - SafetyMargin)
        {
            return; // the answer came too late to rely on; the next round acquires it again
        }

        lock (_owned)
        {
            _owned[p] = sentAt + settings.PartitionLeaseDuration;
        }

        Logs.PartitionAcquired(logger, names.ControlQueues[p], settings.WorkerId);
        acquired(p);
    }

    private void GiveUp(int p, string reason)
    {
        lock (_owned)
        {
            if (!_owned.Remove(p))
            {
                return;
            }
        }

        Logs.PartitionLost(logger, names.ControlQueues[p], reason);
        lost(p);
    }

    private BlobClient Blob(int p) => leases.GetBlobClient(TaskHubNames.PartitionLeaseBlob(names.ControlQueues[p]));
}
