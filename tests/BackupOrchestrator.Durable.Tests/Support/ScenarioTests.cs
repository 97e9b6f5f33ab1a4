using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Durable.Worker;

namespace BackupOrchestrator.Durable.Tests.Support;

/// <summary>
/// Orchestration scenarios run through a real worker and client. Each backend (in memory on a
/// manual clock, Azure Storage on Azurite) derives from this class and runs all of them.
/// </summary>
public abstract class ScenarioTests : IAsyncLifetime
{
    protected DurableTaskClient Client { get; private set; } = null!;
    protected DurableTaskWorker Worker { get; private set; } = null!;
    protected IOrchestrationServiceClient Store { get; private set; } = null!;
    protected static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>The hub to test, and the clock it runs on.</summary>
    protected abstract Task<(IOrchestrationService Service, IOrchestrationServiceClient Store, TimeProvider Time)> CreateHubAsync();

    /// <summary>Moves a manual clock forward (no-op on real time).</summary>
    protected abstract void Tick(TimeSpan by);

    protected virtual int FanOutSize => 500;

    public async Task InitializeAsync()
    {
        var (service, store, time) = await CreateHubAsync();
        Store = store;
        Client = new DurableTaskClient(store, time);
        Worker = new DurableTaskWorker(service, new DurableTaskWorkerOptions
        {
            SlotLimits = new Dictionary<string, int> { ["backup"] = 3 },
            LockWait = TimeSpan.FromMilliseconds(500),
        }, time);
        TestFunctions.Register(Worker.Registry);
        await Worker.StartAsync();
    }

    public virtual async Task DisposeAsync() => await Worker.DisposeAsync();

    /// <summary>Waits for the instance to finish; on a manual clock, moves it 1 s per poll.</summary>
    protected async Task<OrchestrationMetadata> CompleteAsync(string instanceId, bool tick = true)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken: cts.Token);
            if (instance is { IsCompleted: true })
            {
                return instance;
            }

            if (tick)
            {
                Tick(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(40, cts.Token);
        }
    }

    protected async Task WaitForCustomStatusAsync(string instanceId, string status)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await Client.GetInstanceAsync(instanceId, cancellationToken: cts.Token))?.ReadCustomStatusAs<string>() != status)
        {
            await Task.Delay(40, cts.Token);
        }
    }

    protected async Task WaitForStatusAsync(string instanceId, OrchestrationRuntimeStatus status)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await Client.GetInstanceAsync(instanceId, cancellationToken: cts.Token))?.RuntimeStatus != status)
        {
            await Task.Delay(40, cts.Token);
        }
    }

    protected async Task<OrchestrationMetadata> RunAsync(string orchestrator, object? input, string? prefix = null)
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions { InstanceId = NewId(prefix ?? orchestrator) });
        return await CompleteAsync(id);
    }

    [Fact]
    public async Task ActivityChain()
    {
        var done = await RunAsync("Chain", "Ada");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(["Hello Ada1!", "Hello Ada2!", "Hello Ada3!"], done.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task FanOutFanIn()
    {
        int n = FanOutSize;
        var done = await RunAsync("FanOut", n);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(n * (n + 1), done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task SubOrchestrations()
    {
        var done = await RunAsync("Parent", 10);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(2 * 110, done.ReadOutputAs<int>());
        var child = await Client.GetInstanceAsync(done.InstanceId + "-child", true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    [Fact]
    public async Task SubOrchestrationFailure_SurfacesAsTaskFailedException()
    {
        var done = await RunAsync("ParentOfFailing", "never-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.StartsWith("child failed:", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Versions_ReachTheCode_AndAreShownAndQueryable()
    {
        string prefix = NewId("ver");
        string v1 = await Client.ScheduleNewOrchestrationInstanceAsync("Versioned", "Ada", new StartOrchestrationOptions { InstanceId = prefix + "-1", Version = "1" });
        string v2 = await Client.ScheduleNewOrchestrationInstanceAsync("Versioned", "Ada", new StartOrchestrationOptions { InstanceId = prefix + "-2", Version = "2" });

        var one = await CompleteAsync(v1);
        var two = await CompleteAsync(v2);

        Assert.Equal(("1", "v1 Ada"), (one.Version, one.ReadOutputAs<string>()));
        Assert.Equal(("2", "Hello Ada!"), (two.Version, two.ReadOutputAs<string>()));
        var started = Assert.IsType<ExecutionStartedEvent>((await Client.GetInstanceAsync(v2, getHistory: true))!.History!.First(e => e is ExecutionStartedEvent));
        Assert.Equal("2", started.Version);
        var page = await Client.QueryInstancesAsync(new InstanceQuery { InstanceIdPrefix = prefix, Version = "2" });
        Assert.Equal([v2], page.Instances.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task SingleTimer()
    {
        var done = await RunAsync("Timer", 1);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadOutputAs<double>() >= 1.0, $"timer fired after {done.ReadOutputAs<double>()} s");
    }

    [Fact]
    public async Task ExternalEvent_RaisedEarly_IsBuffered()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync("EarlyEvent", "x", new StartOrchestrationOptions { InstanceId = NewId("early") });
        await Client.RaiseEventAsync(id, "Approval", "yes");
        var done = await CompleteAsync(id);
        Assert.Equal("yes", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ExternalEvent_RaisedLate_IsDelivered()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = NewId("late") });
        await WaitForCustomStatusAsync(id, "waiting");
        await Client.RaiseEventAsync(id, "Approval", "approved");
        var done = await CompleteAsync(id, tick: false);
        Assert.Equal("approved", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ExternalEvent_NotRaised_TimesOut()
    {
        var done = await RunAsync("WaitEvent", 1);
        Assert.Equal("timed out", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Retry_FailsTwiceThenSucceeds_WithBackoff()
    {
        string key = "retry-" + Guid.NewGuid().ToString("N");
        var done = await RunAsync("Retry", key);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("ok after 3", done.ReadOutputAs<string>());
        var history = (await Client.GetInstanceAsync(done.InstanceId, getHistory: true))!.History!;
        var timers = history.OfType<TimerCreatedEvent>().ToList();
        Assert.Equal(2, timers.Count);
        var delays = history.OfType<TimerCreatedEvent>().Select(t => t.FireAt - t.Timestamp).ToList();
        Assert.Equal(TimeSpan.FromSeconds(1), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[1]);
    }

    [Fact]
    public async Task Retry_Exhausted_FailsInstance()
    {
        string key = "never-" + Guid.NewGuid().ToString("N");
        var done = await RunAsync("Retry", key);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(3, TestFunctions.Attempts[key]);
        Assert.Contains("always fails", done.FailureDetails!.InnerFailure!.ErrorMessage);
    }

    [Fact]
    public async Task ContinueAsNew_RestartsWithFreshHistory()
    {
        var done = await RunAsync("Counter", 0);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(5, done.ReadOutputAs<int>());
        var history = (await Client.GetInstanceAsync(done.InstanceId, getHistory: true))!.History!;
        Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal("5", history.OfType<ExecutionStartedEvent>().Single().Input);
    }

    [Fact]
    public async Task Terminate_EndsWaitingInstance()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = NewId("term") });
        await WaitForCustomStatusAsync(id, "waiting");
        await Client.TerminateInstanceAsync(id, "stopped by test");
        var done = await CompleteAsync(id, tick: false);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("stopped by test", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SuspendResume_HoldsEventsUntilResumed()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = NewId("susp") });
        await WaitForCustomStatusAsync(id, "waiting");
        await Client.SuspendInstanceAsync(id, "maintenance");
        await WaitForStatusAsync(id, OrchestrationRuntimeStatus.Suspended);
        await Client.RaiseEventAsync(id, "Approval", "while suspended");
        await Task.Delay(700);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        await Client.ResumeInstanceAsync(id);
        var done = await CompleteAsync(id, tick: false);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("while suspended", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Rewind_RerunsFailedActivityAndCompletes()
    {
        string key = "rw-" + Guid.NewGuid().ToString("N");
        TestFunctions.Broken[key] = true;
        var failed = await RunAsync("Rewindable", key);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        TestFunctions.Broken.TryRemove(key, out _);
        await Client.RewindInstanceAsync(failed.InstanceId, "fixed");
        await WaitForStatusAsync(failed.InstanceId, OrchestrationRuntimeStatus.Completed);
        var done = await Client.GetInstanceAsync(failed.InstanceId, true, true);
        Assert.Equal($"Hello {key}! fixed", done!.ReadOutputAs<string>());
        Assert.Equal(1, done.History!.OfType<TaskScheduledEvent>().Count(t => t.Name == "Hello"));
    }

    [Fact]
    public async Task Restart_StartsFinishedInstanceAgain()
    {
        var first = await RunAsync("Chain", "Bo");
        await Client.RestartInstanceAsync(first.InstanceId);
        var again = await CompleteAsync(first.InstanceId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, again.RuntimeStatus);
        Assert.NotEqual(first.ExecutionId, again.ExecutionId);
        Assert.Equal(["Hello Bo1!", "Hello Bo2!", "Hello Bo3!"], again.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task Purge_RemovesOneAndMany()
    {
        string prefix = NewId("purge");
        var ids = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            ids.Add(await Client.ScheduleNewOrchestrationInstanceAsync("Chain", "p", new StartOrchestrationOptions { InstanceId = $"{prefix}-{i}" }));
        }

        foreach (string id in ids)
        {
            await CompleteAsync(id);
        }

        Assert.True(await Client.PurgeInstanceAsync(ids[0]));
        Assert.Null(await Client.GetInstanceAsync(ids[0]));
        Assert.False(await Client.PurgeInstanceAsync(ids[0]));
        int purged = await Client.PurgeAllInstancesAsync(new InstanceQuery { InstanceIdPrefix = prefix });
        Assert.Equal(2, purged);
        Assert.Null(await Client.GetInstanceAsync(ids[2], getHistory: true));
    }

    [Fact]
    public async Task NonDeterminism_IsDetected_AndNamesBothSides()
    {
        var done = await RunAsync("Fickle", "nd-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, done.FailureDetails!.ErrorType);
        Assert.Contains("CallActivity 'Hello'", done.FailureDetails.ErrorMessage);
        Assert.Contains("CallActivity 'Echo'", done.FailureDetails.ErrorMessage);
    }

    [Theory]
    [InlineData(50 * 1024)]
    [InlineData(1_200_000)]
    public async Task LargeInputsAndOutputs_RoundTrip(int size)
    {
        string text = string.Create(size, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i * 7 % 26));
            }
        });
        var done = await RunAsync("Large", text);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(size, done.ReadOutputAs<int>());
        Assert.Equal(text, done.ReadInputAs<string>());
        var echoed = await RunAsync("LargeOut", text);
        Assert.Equal(text, echoed.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Query_ByStatusPrefixAndPages()
    {
        string prefix = NewId("query");
        for (int i = 0; i < 5; i++)
        {
            await CompleteAsync(await Client.ScheduleNewOrchestrationInstanceAsync("Chain", "q", new StartOrchestrationOptions { InstanceId = $"{prefix}-{i}" }));
        }

        string waiting = await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = $"{prefix}-w" });
        await WaitForCustomStatusAsync(waiting, "waiting");
        var query = new InstanceQuery { InstanceIdPrefix = prefix, PageSize = 2, Statuses = [OrchestrationRuntimeStatus.Completed] };
        var first = await Client.QueryInstancesAsync(query);
        Assert.Equal(2, first.Instances.Count);
        Assert.NotNull(first.ContinuationToken);
        var all = await Client.GetAllInstancesAsync(query).ToListAsync();
        Assert.Equal(5, all.Count);
        Assert.All(all, i => Assert.StartsWith(prefix, i.InstanceId));
        var running = await Client.GetAllInstancesAsync(new InstanceQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Running] }).ToListAsync();
        Assert.Equal(waiting, Assert.Single(running).InstanceId);
        var none = await Client.QueryInstancesAsync(new InstanceQuery { InstanceIdPrefix = prefix, CreatedFrom = DateTime.UtcNow.AddDays(1) });
        Assert.Empty(none.Instances);
        await Client.TerminateInstanceAsync(waiting);
    }

    [Fact]
    public async Task Start_WithRunningId_RefusesOrReturnsExisting()
    {
        string id = NewId("dup");
        await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = id });
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() =>
            Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = id }));
        string same = await Client.ScheduleNewOrchestrationInstanceAsync("WaitEvent", 3600, new StartOrchestrationOptions { InstanceId = id, IfExists = InstanceIdReuse.ReturnExistingIfRunning });
        Assert.Equal(id, same);
        await WaitForCustomStatusAsync(id, "waiting");
        var history = (await Client.GetInstanceAsync(id, getHistory: true))!.History!;
        Assert.Single(history.OfType<ExecutionStartedEvent>());
        await Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task WhenAny_ActivityBeatsTimer()
    {
        var done = await RunAsync("Race", 3600);
        Assert.Equal("Hello race!", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task NewGuid_IsStableAcrossReplays()
    {
        var done = await RunAsync("Guids", "");
        var guids = done.ReadOutputAs<string[]>()!;
        Assert.NotEqual(guids[0], guids[1]);
        Assert.Equal(guids[0], guids[2]);
    }

    [Fact]
    public async Task NamedSlot_LimitsConcurrentActivities()
    {
        var done = await RunAsync("Slots", 9, "slots");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.InRange(TestFunctions.SlotMax[done.InstanceId], 1, 3);
    }
}
