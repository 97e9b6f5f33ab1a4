using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>
/// A host that never saw an instance skips the history read for a first start message (assuming a
/// new instance); when the instance existed after all, the commit's sentinel insert must fail and
/// the start must be processed again with the real history.
/// </summary>
[Collection("Azurite")]
public sealed class FreshHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _hubName = "f" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<AzureStorageOrchestrationService> _hubs = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var hub in _hubs)
        {
            await hub.StopAsync(CancellationToken.None);
        }

        if (_hubs.Count > 0)
        {
            await _hubs[0].DeleteAsync();
        }
    }

    private async Task<(AzureStorageOrchestrationService Hub, DurableTaskWorker Worker)> StartHostAsync()
    {
        var hub = new AzureStorageOrchestrationService(azurite.Account, new AzureStorageOrchestrationServiceSettings { TaskHubName = _hubName, PartitionCount = 1 });
        _hubs.Add(hub);
        var worker = new DurableTaskWorker(hub, new DurableTaskWorkerOptions { LockWait = TimeSpan.FromMilliseconds(500) });
        TestFunctions.Register(worker.Registry);
        await worker.StartAsync();
        return (hub, worker);
    }

    [Fact]
    public async Task Restart_OnAHostThatNeverSawTheInstance_RunsANewExecutionFromTheRealHistory()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (first, firstWorker) = await StartHostAsync();
        var client = new DurableTaskClient(first);
        string id = await client.ScheduleNewOrchestrationInstanceAsync("Chain", "Al", new StartOrchestrationOptions { InstanceId = "fresh-" + _hubName });
        var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);
        await firstWorker.StopAsync();

        var (second, secondWorker) = await StartHostAsync();
        await using var _ = secondWorker;
        var secondClient = new DurableTaskClient(second);
        await secondClient.RestartInstanceAsync(id, cancellationToken: cts.Token);
        var again = await secondClient.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, again.RuntimeStatus);
        Assert.NotEqual(done.ExecutionId, again.ExecutionId);
        Assert.Equal(["Hello Al1!", "Hello Al2!", "Hello Al3!"], again.ReadOutputAs<string[]>()!);
        var history = (await secondClient.GetInstanceAsync(id, false, true, cts.Token))!.History!;
        Assert.Single(history.OfType<History.ExecutionStartedEvent>());
    }
}
