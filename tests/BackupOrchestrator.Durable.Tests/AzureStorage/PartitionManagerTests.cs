using System.Collections.Concurrent;
using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>
/// Partition leases on a real Azurite, with lease requests failing on demand and the manager's
/// clock moved by hand (the lease itself runs on Azurite's clock; only the manager's view of it is faked).
/// </summary>
[Collection("Azurite")]
public sealed class PartitionManagerTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private readonly string _hubName = "p" + Guid.NewGuid().ToString("N")[..12];
    private readonly FaultyHandler _faults = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly ConcurrentQueue<string> _events = new();
    private StorageAccount _account = null!;
    private PartitionManager _manager = null!;
    private TaskHubNames _names = null!;

    public async Task InitializeAsync()
    {
        // No retries: a failed lease call fails at once, like one that timed out after its retries.
        _account = azurite.CreateAccount(new StorageClientOptions { Handler = _faults, Retry = new StorageRetryOptions { MaxRetries = 0 } });
        var settings = new AzureStorageOrchestrationServiceSettings { TaskHubName = _hubName, PartitionCount = 2, WorkerId = "lease-test", PartitionLeaseDuration = LeaseDuration };
        _names = new TaskHubNames(_hubName, 2);
        var container = _account.GetBlobContainerClient(_names.LeasesContainer);
        await container.CreateIfNotExistsAsync();
        _manager = new PartitionManager(container, _names, settings, p => _events.Enqueue($"acquired {p}"), p => _events.Enqueue($"lost {p}"), _clock, NullLogger.Instance);
        await _manager.EnsureBlobsAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _faults.Heal();
        await _manager.ReleaseAllAsync();
        await _account.GetBlobContainerClient(_names.LeasesContainer).DeleteIfExistsAsync();
    }

    public void Dispose()
    {
        _account.Dispose();
        _faults.Dispose();
    }

    [Fact]
    public async Task RenewalThrowsNonStorageErrors_LoopSurvives_AndGivesUpBeforeTheLeaseCanExpire()
    {
        await _manager.TickAsync(CancellationToken.None);
        Assert.Equal(["acquired 0", "acquired 1"], _events.Order());

        // Renewals fail with an exception the storage client does not wrap: the round must not throw,
        // and while the lease is surely still valid the partitions stay owned.
        _faults.Fail(r => r.RequestUri?.Query.Contains("comp=lease", StringComparison.Ordinal) == true, error: () => new TimeoutException("injected: lease call timed out"));
        _clock.Advance(LeaseDuration / 3);
        await _manager.TickAsync(CancellationToken.None);
        Assert.True(_faults.Failures > 0);
        Assert.True(_manager.Owns(0) && _manager.Owns(1));
        Assert.Equal(2, _events.Count);

        // Just before the lease could expire (by the last successful renewal), the partitions are given up.
        _clock.Advance(LeaseDuration - LeaseDuration / 3 - _manager.SafetyMargin);
        await _manager.TickAsync(CancellationToken.None);
        Assert.False(_manager.Owns(0) || _manager.Owns(1));
        Assert.Equal(["acquired 0", "acquired 1", "lost 0", "lost 1"], _events.Order());

        // Storage is back: at its next attempt the same worker takes its partitions again.
        _faults.Heal();
        _clock.Advance(LeaseDuration / 3);
        await _manager.TickAsync(CancellationToken.None);
        Assert.True(_manager.Owns(0) && _manager.Owns(1));
    }

    [Fact]
    public async Task LeaseTakenByAnotherHost_IsGivenUpAtTheNextRenewal()
    {
        await _manager.TickAsync(CancellationToken.None);
        var blob = _account.GetBlobContainerClient(_names.LeasesContainer).GetBlobClient(TaskHubNames.PartitionLeaseBlob(_names.ControlQueues[1]));
        await blob.BreakLeaseAsync(TimeSpan.Zero);
        await blob.AcquireLeaseAsync(LeaseDuration, Guid.NewGuid().ToString());

        _clock.Advance(LeaseDuration / 3);
        await _manager.TickAsync(CancellationToken.None);

        Assert.True(_manager.Owns(0));
        Assert.False(_manager.Owns(1));
        Assert.Contains("lost 1", _events);
        await blob.BreakLeaseAsync(TimeSpan.Zero);
    }
}
