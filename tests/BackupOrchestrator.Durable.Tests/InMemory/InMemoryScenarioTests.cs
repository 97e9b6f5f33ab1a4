using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.InMemory;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.InMemory;

/// <summary>All scenarios on the in-memory hub with a manual clock.</summary>
public sealed class InMemoryScenarioTests : ScenarioTests
{
    private readonly ManualTimeProvider _clock = new();

    protected override Task<(IOrchestrationService Service, IOrchestrationServiceClient Store, TimeProvider Time)> CreateHubAsync()
    {
        var hub = new InMemoryOrchestrationService(_clock);
        return Task.FromResult<(IOrchestrationService, IOrchestrationServiceClient, TimeProvider)>((hub, hub, _clock));
    }

    protected override void Tick(TimeSpan by) => _clock.Advance(by);
}
