using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>
/// Received control messages that could not be processed right away come back at once, never
/// after their visibility timeout: here that timeout is 10 minutes and every instance must finish
/// well within the test's 90 s.
/// </summary>
[Collection("Azurite")]
public sealed class MessageGiveBackTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan LongVisibility = TimeSpan.FromMinutes(10);
    private readonly string _hubName = "g" + Guid.NewGuid().ToString("N")[..12];
    private readonly FaultyHandler _faults = new();
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly EpisodeTracker _tracker = new();
    private StorageAccount _account = null!;

    public Task InitializeAsync()
    {
        _account = azurite.CreateAccount(new StorageClientOptions { Handler = _faults, Retry = new StorageRetryOptions { MaxRetries = 0 } });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _faults.Heal();
        for (int i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        await Hub("cleanup").DeleteAsync();
    }

    public void Dispose()
    {
        _account.Dispose();
        _faults.Dispose();
    }

    [Fact]
    public async Task HistoryReadFails_MessagesComeBackAtOnce()
    {
        // No history cache: every episode after the first start reads the history.
        var hub = Hub("history", extendedSessions: false);
        await StartWorkerAsync(hub);
        _faults.Fail(times: 2, match: r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains(hub.Names.HistoryTable, StringComparison.Ordinal));

        var done = await RunAsync("Chain", "Ada", "history-fails");

        Assert.Equal(["Hello Ada1!", "Hello Ada2!", "Hello Ada3!"], done!);
        Assert.Equal(0, _faults.Remaining);
    }

    [Fact]
    public async Task LargeMessagePayloadUnreadable_MessageComesBackAtOnce()
    {
        var hub = Hub("payload");
        await StartWorkerAsync(hub);
        _faults.Fail(times: 2, match: r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains(hub.Names.LargeMessagesContainer, StringComparison.Ordinal));

        string text = new('x', 100_000);
        var client = new DurableTaskClient(CleanClientHub());
        string id = await client.ScheduleNewOrchestrationInstanceAsync("Large", text, new StartOrchestrationOptions { InstanceId = "payload-fails" });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        OrchestrationMetadata done;
        try
        {
            done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken: cts.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail(string.Join("\n", _tracker.Events.Where(e => e.EventId >= 1012).Select(e => $"{e.EventId} {e.Message}")));
            throw;
        }

        Assert.Equal(text.Length, done.ReadOutputAs<int>());
        Assert.Equal(0, _faults.Remaining);
    }

    [Fact]
    public async Task HostStopsWithReceivedMessagesWaiting_NextOwnerGetsThemAtOnce()
    {
        var first = Hub("first");
        await first.CreateIfNotExistsAsync(CancellationToken.None);
        var client = new DurableTaskClient(first);
        string[] ids = ["waiting-1", "waiting-2"];
        foreach (string id in ids)
        {
            await client.ScheduleNewOrchestrationInstanceAsync("Chain", id, new StartOrchestrationOptions { InstanceId = id });
        }

        // The first host receives both start messages, starts one episode, and stops with the other one waiting.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var item = await first.LockNextOrchestrationWorkItemAsync(TimeSpan.FromSeconds(30), cts.Token);
        Assert.NotNull(item);
        while (first.BufferedMessageCount == 0)
        {
            await Task.Delay(20, cts.Token);
        }

        await first.AbandonOrchestrationWorkItemAsync(item, cts.Token);
        await first.ReleaseOrchestrationWorkItemAsync(item, cts.Token);
        await first.StopAsync(cts.Token);

        var second = Hub("second");
        await StartWorkerAsync(second);
        foreach (string id in ids)
        {
            var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken: cts.Token);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        }
    }

    private AzureStorageOrchestrationService Hub(string workerId, bool extendedSessions = true)
    {
        var hub = new AzureStorageOrchestrationService(_account, new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = _hubName,
            PartitionCount = 1,
            WorkerId = workerId,
            ControlQueueVisibilityTimeout = LongVisibility,
            ExtendedSessions = extendedSessions,
        }, loggerFactory: _tracker.FactoryFor(workerId));
        _owned.Add(hub);
        return hub;
    }

    private async Task StartWorkerAsync(AzureStorageOrchestrationService hub)
    {
        var worker = new DurableTaskWorker(hub, new DurableTaskWorkerOptions { LockWait = TimeSpan.FromMilliseconds(500) });
        TestFunctions.Register(worker.Registry);
        await worker.StartAsync();
        _owned.Add(worker);
    }

    /// <summary>A client on storage without faults: only the worker's requests fail.</summary>
    private AzureStorageOrchestrationService CleanClientHub() =>
        new(azurite.Account, new AzureStorageOrchestrationServiceSettings { TaskHubName = _hubName, PartitionCount = 1 });

    private async Task<string[]?> RunAsync(string name, object input, string id)
    {
        var client = new DurableTaskClient(CleanClientHub());
        await client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions { InstanceId = id });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken: cts.Token);
        return done.ReadOutputAs<string[]>();
    }
}
