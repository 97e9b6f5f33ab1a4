using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Named concurrency slots held across hosts: slot <c>i</c> of <c>name</c> is the blob
/// <c>{hub}-leases/slots/{name}/{i}</c> for i in 0..limit-1; holding a slot is holding a lease on
/// one of them (renewed while held, released on dispose, expiring 15 s after a crash). At most
/// <c>limit</c> leases can exist at once, whatever the number of hosts.
/// </summary>
internal sealed class BlobConcurrencySlots(BlobContainerClient leases, ILogger logger) : IConcurrencySlots
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private readonly HashSet<string> _created = [];

    public async Task<IAsyncDisposable> AcquireAsync(string name, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await EnsureBlobsAsync(name, limit, cancellationToken);
        var pause = TimeSpan.FromMilliseconds(100);
        int start = Random.Shared.Next(limit);
        while (true)
        {
            for (int k = 0; k < limit; k++)
            {
                int i = (start + k) % limit;
                var blob = leases.GetBlobClient(TaskHubNames.SlotLeaseBlob(name, i));
                try
                {
                    var lease = await blob.AcquireLeaseAsync(LeaseDuration, Guid.NewGuid().ToString(), cancellationToken);
                    Logs.SlotAcquired(logger, name, i);
                    return new Held(blob, lease.LeaseId, name, i, logger);
                }
                catch (StorageRequestException ex) when (ex.IsConflict)
                {
                    // Held by someone: try the next one.
                }
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 1000));
        }
    }

    private async Task EnsureBlobsAsync(string name, int limit, CancellationToken cancellationToken)
    {
        string key = $"{name}/{limit}";
        lock (_created)
        {
            if (_created.Contains(key))
            {
                return;
            }
        }

        for (int i = 0; i < limit; i++)
        {
            try
            {
                await leases.GetBlobClient(TaskHubNames.SlotLeaseBlob(name, i)).UploadAsync(ReadOnlyMemory<byte>.Empty, new BlobUploadOptions { Conditions = BlobRequestConditions.CreateOnly }, cancellationToken);
            }
            catch (StorageRequestException ex) when (ex.IsConflict || ex.IsPreconditionFailed)
            {
            }
        }

        lock (_created)
        {
            _created.Add(key);
        }
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly BlobClient _blob;
        private readonly string _leaseId;
        private readonly string _name;
        private readonly int _index;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public Held(BlobClient blob, string leaseId, string name, int index, ILogger logger)
        {
            _blob = blob;
            _leaseId = leaseId;
            _name = name;
            _index = index;
            _logger = logger;
            _renewal = RenewAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            _stop.Dispose();
            try
            {
                await _blob.ReleaseLeaseAsync(_leaseId);
                Logs.SlotReleased(_logger, _name, _index);
            }
            catch (StorageRequestException)
            {
                Logs.SlotLost(_logger, _name, _index);
            }
        }

        private async Task RenewAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(LeaseDuration / 3, _stop.Token);
                    await _blob.RenewLeaseAsync(_leaseId, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (StorageRequestException)
            {
                Logs.SlotLost(_logger, _name, _index);
            }
        }
    }
}
