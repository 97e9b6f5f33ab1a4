using BackupOrchestrator.Host.Durable.Tests.Support;
using BackupOrchestrator.Testing;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Host.Durable.Tests;

/// <summary>Our DurableTaskClient over the Azure Storage provider, method by method, on a real hub.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientTests(AzuriteFixture azurite) : EngineTest(azurite, "client")
{
    [Fact]
    public async Task Schedule_SameIdWhileRunning_ReturnsTheIdWithoutASecondRun()
    {
        var id = await StartWaitingAsync("dup-1");
        var first = await Client.GetInstanceAsync(id);

        var again = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ExternalEvent), false, new StartOrchestrationOptions(id));

        Assert.Equal(id, again);
        using var official = OfficialClient.Create(Azurite, Hub);
        var executions = await official.GetOrchestrationStateAsync(id, allExecutions: true, fetchInput: false);
        var state = Assert.Single(executions);
        Assert.Equal(first!.CreatedAt, (await Client.GetInstanceAsync(id))!.CreatedAt);
        await Client.RaiseEventAsync(id, ExternalEvent.EventName, "one");
        Assert.Equal("approved:one", (await CompleteAsync(id)).ReadOutputAs<string>());
        Assert.Equal(state.OrchestrationInstance.ExecutionId, Assert.Single(await official.GetOrchestrationStateAsync(id, true, false)).OrchestrationInstance.ExecutionId);
    }

    [Fact]
    public async Task Schedule_SameIdWithExplicitDedupeStatuses_Throws()
    {
        var id = await StartWaitingAsync("dup-2");
        var running = new StartOrchestrationOptions(id).WithDedupeStatuses(
            OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended);

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() =>
            Client.ScheduleNewOrchestrationInstanceAsync(nameof(ExternalEvent), false, running));
    }

    [Fact]
    public async Task Schedule_SameIdAfterCompletion_StartsANewRun()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 2, new StartOrchestrationOptions("again-1"));
        Assert.Equal(6, (await CompleteAsync(id)).ReadOutputAs<int>());

        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 3, new StartOrchestrationOptions(id));

        Assert.Equal(12, (await CompleteAsync(id)).ReadOutputAs<int>());
    }

    [Fact]
    public async Task Schedule_WithStartTime_StaysPendingUntilThen()
    {
        var startAt = DateTimeOffset.UtcNow.AddSeconds(4);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 1, new StartOrchestrationOptions { StartAt = startAt });

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        var started = await Client.WaitForInstanceStartAsync(id, false, TestEngine.Timeout());
        // Queue visibility is whole seconds (truncated), so the start may come up to 1 s before its time.
        Assert.True(DateTimeOffset.UtcNow >= startAt.AddSeconds(-1), $"started at {DateTimeOffset.UtcNow:O}, before {startAt:O}");
        Assert.NotEqual(OrchestrationRuntimeStatus.Pending, started.RuntimeStatus);
        Assert.Equal(2, (await CompleteAsync(id)).ReadOutputAs<int>());
    }

    [Fact]
    public async Task GetInstance_WithAndWithoutInputsAndOutputs()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 3);
        await CompleteAsync(id);

        var bare = await Client.GetInstanceAsync(id, getInputsAndOutputs: false);
        var full = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Equal(nameof(FanOut), bare!.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, bare.RuntimeStatus);
        Assert.Null(bare.SerializedInput);
        Assert.Null(bare.SerializedOutput);
        Assert.Equal("3", full!.SerializedInput);
        Assert.Equal(12, full.ReadOutputAs<int>());
        Assert.True(full.CreatedAt <= full.LastUpdatedAt);
        Assert.Null(await Client.GetInstanceAsync("no-such-instance"));
    }

    [Fact]
    public async Task Failed_ReportsFailureDetails()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Failing), "x");
        var done = await CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("boom: x", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(typeof(InvalidOperationException).FullName, done.FailureDetails.ErrorType);
    }

    [Fact]
    public async Task Terminate_EndsARunningInstanceWithTheOutput()
    {
        var id = await StartWaitingAsync("term-1");

        await Client.TerminateInstanceAsync(id, "enough");

        var done = await CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("enough", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SuspendAndResume_HoldEventsUntilResumed()
    {
        var id = await StartWaitingAsync("susp-1");

        await Client.SuspendInstanceAsync(id, "hold");
        await ScenarioTests.PollAsync(async () => (await Client.GetInstanceAsync(id))!.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await Client.RaiseEventAsync(id, ExternalEvent.EventName, "while-suspended");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await Client.GetInstanceAsync(id))!.RuntimeStatus);

        await Client.ResumeInstanceAsync(id, "go");

        Assert.Equal("approved:while-suspended", (await CompleteAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Restart_SameId_RunsAgainFromTheOriginalInput_NewId_LeavesTheOldOne()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 3, new StartOrchestrationOptions("restart-1"));
        Assert.Equal(3, (await CompleteAsync(id)).ReadOutputAs<int>());

        var same = await Client.RestartAsync(id, restartWithNewInstanceId: false);
        var other = await Client.RestartAsync(id, restartWithNewInstanceId: true);

        Assert.Equal(id, same);
        Assert.NotEqual(id, other);
        Assert.Equal(3, (await CompleteAsync(same)).ReadOutputAs<int>());
        Assert.Equal(3, (await CompleteAsync(other)).ReadOutputAs<int>());
        Assert.Equal(nameof(Chain), (await Client.GetInstanceAsync(other))!.Name);
        await Assert.ThrowsAsync<ArgumentException>(() => Client.RestartAsync("no-such-instance"));
    }

    [Fact]
    public async Task Query_FiltersByPrefixStatusAndTime_AndPagesWithContinuationTokens()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 5; i++)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 1, new StartOrchestrationOptions($"q:done:{i}"));
        }

        await StartWaitingAsync("q:wait:0");
        for (var i = 0; i < 5; i++)
        {
            await CompleteAsync($"q:done:{i}");
        }

        var pages = new List<Page<OrchestrationMetadata>>();
        var query = new OrchestrationQuery { InstanceIdPrefix = "q:done:", PageSize = 2, FetchInputsAndOutputs = true };
        await foreach (var page in Client.GetAllInstancesAsync(query).AsPages(pageSizeHint: 2))
        {
            pages.Add(page);
        }

        var all = pages.SelectMany(p => p.Values).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"q:done:{i}"), all.Select(m => m.InstanceId).Order());
        Assert.True(pages.Count >= 3, $"5 instances in pages of 2 came in {pages.Count} page(s)");
        Assert.All(pages.Take(pages.Count - 1), p => Assert.False(string.IsNullOrEmpty(p.ContinuationToken)));
        Assert.All(all, m => Assert.Equal(2, m.ReadOutputAs<int>()));

        var running = await ToListAsync(Client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running], InstanceIdPrefix = "q:" }));
        Assert.Equal("q:wait:0", Assert.Single(running).InstanceId);
        var none = await ToListAsync(Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedTo = before, InstanceIdPrefix = "q:" }));
        Assert.Empty(none);
        var recent = await ToListAsync(Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedFrom = before, InstanceIdPrefix = "q:" }));
        Assert.Equal(6, recent.Count);
    }

    [Fact]
    public async Task Purge_OneAndByFilter_DeletesStateAndHistory_AndRefusesARunningInstance()
    {
        var a = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 1, new StartOrchestrationOptions("purge-a"));
        var b = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Failing), "b", new StartOrchestrationOptions("purge-b"));
        var c = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 1, new StartOrchestrationOptions("purge-c"));
        var live = await StartWaitingAsync("purge-live");
        await CompleteAsync(a);
        await CompleteAsync(b);
        await CompleteAsync(c);

        Assert.Equal(1, (await Client.PurgeInstanceAsync(a)).PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(a));
        Assert.Equal(0, (await Client.PurgeInstanceAsync(a)).PurgedInstanceCount);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Client.PurgeInstanceAsync(live));

        var byFilter = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(DateTimeOffset.UtcNow.AddMinutes(-5), null, [OrchestrationRuntimeStatus.Failed]));
        Assert.Equal(1, byFilter.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(b));
        Assert.NotNull(await Client.GetInstanceAsync(c));
        Assert.NotNull(await Client.GetInstanceAsync(live));
        using var official = OfficialClient.Create(Azurite, Hub);
        Assert.Empty(await official.GetOrchestrationStateAsync(b, allExecutions: true, fetchInput: false));
    }

    private static async Task<List<T>> ToListAsync<T>(AsyncPageable<T> pageable) where T : notnull
    {
        var list = new List<T>();
        await foreach (var item in pageable)
        {
            list.Add(item);
        }

        return list;
    }
}
