using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>Two hosts on one task hub in one process, watched through their logs.</summary>
[Collection("Azurite")]
public sealed class MultiHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _hubName = "m" + Guid.NewGuid().ToString("N")[..12];
    private readonly EpisodeTracker _tracker = new();
    private readonly List<(AzureStorageOrchestrationService Hub, DurableTaskWorker Worker)> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (_, worker) in _hosts)
        {
            await worker.DisposeAsync();
        }

        if (_hosts.Count > 0)
        {
            await _hosts[0].Hub.DeleteAsync();
        }
    }

    private async Task<(AzureStorageOrchestrationService Hub, DurableTaskWorker Worker)> StartHostAsync(string workerId, int maxPartitions)
    {
        var hub = new AzureStorageOrchestrationService(azurite.Account, new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = _hubName,
            PartitionCount = 4,
            WorkerId = workerId,
            MaxOwnedPartitions = maxPartitions,
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(20),
        }, loggerFactory: _tracker.FactoryFor(workerId));
        var worker = new DurableTaskWorker(hub, new DurableTaskWorkerOptions
        {
            SlotLimits = new Dictionary<string, int> { ["backup"] = 3 },
            LockWait = TimeSpan.FromMilliseconds(500),
        }, loggerFactory: _tracker.FactoryFor(workerId));
        TestFunctions.Register(worker.Registry);
        await worker.StartAsync();
        _hosts.Add((hub, worker));
        return (hub, worker);
    }

    [Fact]
    public async Task TwoHosts_NeverRunOneInstanceConcurrently_AndShareTheWork()
    {
        // Two partitions each: whichever host leases first, both get work.
        var (hubA, _) = await StartHostAsync("host-a", maxPartitions: 2);
        await StartHostAsync("host-b", maxPartitions: 2);
        var client = new DurableTaskClient(hubA);
        var ids = new List<string>();
        for (int i = 0; i < 24; i++)
        {
            ids.Add(await client.ScheduleNewOrchestrationInstanceAsync("FanOut", 20, new StartOrchestrationOptions { InstanceId = $"two-{i}" }));
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        foreach (string id in ids)
        {
            var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);
            Assert.Equal(420, done.ReadOutputAs<int>());
        }

        Assert.Equal(0, _tracker.Overlaps);
        Assert.True(_tracker.EpisodesByHost.GetValueOrDefault("host-a") > 0, "host-a ran no episode");
        Assert.True(_tracker.EpisodesByHost.GetValueOrDefault("host-b") > 0, "host-b ran no episode");
    }

    [Fact]
    public async Task TwoHosts_NamedSlotLimitHoldsAcrossHosts()
    {
        var (hubA, _) = await StartHostAsync("slot-a", maxPartitions: 2);
        await StartHostAsync("slot-b", maxPartitions: 4);
        var client = new DurableTaskClient(hubA);
        string id = await client.ScheduleNewOrchestrationInstanceAsync("Slots", 12, new StartOrchestrationOptions { InstanceId = "slots-two-hosts" });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.InRange(TestFunctions.SlotMax[id], 1, 3);
    }

    [Fact]
    public async Task HostStops_OtherHostTakesOverItsPartitions()
    {
        var (hubA, workerA) = await StartHostAsync("first", maxPartitions: 4);
        var client = new DurableTaskClient(hubA);
        string id = await client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = "takeover" });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await client.GetInstanceAsync(id, cancellationToken: cts.Token))?.ReadCustomStatusAs<string>() != "waiting")
        {
            await Task.Delay(50, cts.Token);
        }

        await StartHostAsync("second", maxPartitions: 4);
        await workerA.StopAsync();
        await client.RaiseEventAsync(id, "Approval", "second host");
        var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);
        Assert.Equal("second host", done.ReadOutputAs<string>());
        Assert.True(_tracker.EpisodesByHost.GetValueOrDefault("second") > 0);
    }
}
