using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>All scenarios on a task hub in a real Azurite, with real (short) timers.</summary>
[Collection("Azurite")]
public sealed class AzureStorageScenarioTests(AzuriteFixture azurite) : ScenarioTests
{
    private AzureStorageOrchestrationService? _hub;

    protected override async Task<(IOrchestrationService Service, IOrchestrationServiceClient Store, TimeProvider Time)> CreateHubAsync()
    {
        _hub = new AzureStorageOrchestrationService(azurite.Account, new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "t" + Guid.NewGuid().ToString("N")[..12],
            PartitionCount = 2,
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
        });
        await _hub.CreateIfNotExistsAsync(CancellationToken.None);
        return (_hub, _hub, TimeProvider.System);
    }

    protected override void Tick(TimeSpan by)
    {
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_hub is not null)
        {
            await _hub.DeleteAsync();
        }
    }
}
