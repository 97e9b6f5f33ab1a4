using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Owns control queues through blob leases in <c>{hub}-leases/partitions/</c>: only the holder of
/// a partition's lease reads its queue, so two hosts never run episodes of one instance at once.
/// Leases are renewed at a third of their duration; a lost lease stops that queue's reader. The
/// lease id derives from the worker id, so a restarted host with the same id takes its
/// partitions back without waiting for the lease to expire.
/// </summary>
internal sealed class PartitionManager(
    BlobContainerClient leases,
    TaskHubNames names,
    AzureStorageOrchestrationServiceSettings settings,
    Action<int> acquired,
    Action<int> lost,
    ILogger logger)
{
    private readonly string _leaseId = DeterministicGuid.Create("partition-lease/" + settings.WorkerId).ToString();
    private readonly HashSet<int> _owned = [];

    public bool Owns(int partition)
    {
        lock (_owned)
        {
            return _owned.Contains(partition);
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
        var period = settings.PartitionLeaseDuration / 3;
        while (!stopping.IsCancellationRequested)
        {
            for (int p = 0; p < names.PartitionCount; p++)
            {
                await BalanceAsync(p, stopping);
            }

            try
            {
                await Task.Delay(period, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task ReleaseAllAsync()
    {
        int[] owned;
        lock (_owned)
        {
            owned = [.. _owned];
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

    private async Task BalanceAsync(int p, CancellationToken stopping)
    {
        var blob = Blob(p);
        bool owned = Owns(p);
        try
        {
            if (owned)
            {
                await blob.RenewLeaseAsync(_leaseId, stopping);
                return;
            }

            lock (_owned)
            {
                if (_owned.Count >= settings.MaxOwnedPartitions)
                {
                    return;
                }
            }

            await blob.AcquireLeaseAsync(settings.PartitionLeaseDuration, _leaseId, stopping);
            lock (_owned)
            {
                _owned.Add(p);
            }

            Logs.PartitionAcquired(logger, names.ControlQueues[p], settings.WorkerId);
            acquired(p);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (StorageRequestException ex)
        {
            if (owned)
            {
                lock (_owned)
                {
                    _owned.Remove(p);
                }

                Logs.PartitionLost(logger, names.ControlQueues[p], $"{settings.WorkerId}: {ex.ErrorCode}");
                lost(p);
            }
        }
    }

    private BlobClient Blob(int p) => leases.GetBlobClient(TaskHubNames.PartitionLeaseBlob(names.ControlQueues[p]));
}
