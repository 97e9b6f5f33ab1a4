using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace BackupOrchestrator.Host.Timers;

/// <summary>
/// The singleton lock that makes one host of an app the listener of a timer: a blob lease on
/// <c>azure-webjobs-hosts/locks/{hostId}/{FunctionFullName}.Listener</c>, the Functions host's own lock, so this host
/// and the Functions host on the same account also share one listener.
/// </summary>
public sealed class ListenerLease(BlobServiceClient service, string hostId, string functionFullName, TimeSpan period)
{
    private readonly BlobClient _blob = service.GetBlobContainerClient(ScheduleStatusStore.Container).GetBlobClient(BlobName(hostId, functionFullName));
    private readonly string _leaseId = Guid.NewGuid().ToString();

    public static string BlobName(string hostId, string functionFullName) => $"locks/{hostId}/{functionFullName}.Listener";

    public TimeSpan Period => period;

    /// <summary>Takes the lease if nobody holds it; false when another host does.</summary>
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var lease = _blob.GetBlobLeaseClient(_leaseId);
        try
        {
            await lease.AcquireAsync(period, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await _blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            try
            {
                await _blob.UploadAsync(BinaryData.FromString(string.Empty), overwrite: false, cancellationToken);
            }
            catch (RequestFailedException race) when (race.Status is 409 or 412)
            {
                // Created by another host meanwhile (it may also hold a lease on it).
            }

            return await TryAcquireAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Renews the lease; false when it was lost (expired and taken, or broken).</summary>
    public async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _blob.GetBlobLeaseClient(_leaseId).RenewAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 404)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _blob.GetBlobLeaseClient(_leaseId).ReleaseAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException)
        {
            // Not ours any more: nothing to release.
        }
    }
}
