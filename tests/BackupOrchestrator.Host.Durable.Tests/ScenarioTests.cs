using BackupOrchestrator.Host.Durable.Tests.Support;
using BackupOrchestrator.Testing;
using DurableTask.Core;
using System.Text.Json.Nodes;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable.Tests;

/// <summary>Orchestrations written against the SDK, run by the engine on DTFx over a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScenarioTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FanOut_CompletesAndTheOfficialClientReadsStateAndHistory()
    {
        var hub = TestEngine.NewHubName("fan");
        await using var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(FanOut), new FanOut());
            e.AddActivity(nameof(Twice), new Twice());
        });
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 20, new Microsoft.DurableTask.StartOrchestrationOptions("fan-1"));
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 20).Sum() * 2, done.ReadOutputAs<int>());

        using var official = OfficialClient.Create(azurite, hub);
        var state = Assert.Single(await official.GetOrchestrationStateAsync(id, allExecutions: false, fetchInput: true));
        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal(nameof(FanOut), state.Name);
        Assert.Equal("20", state.Input);
        Assert.Equal("420", state.Output);

        var history = await ReadHistoryAsync(official, id, state.OrchestrationInstance.ExecutionId);
        Assert.Equal(20, history.Count(e => Type(e) == "TaskScheduled" && (string?)e["Name"] == nameof(Twice)));
        var results = history.Where(e => Type(e) == "TaskCompleted").Select(e => int.Parse((string)e["Result"]!, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 2), results);
        Assert.Single(history, e => Type(e) == "ExecutionCompleted");
    }

    [Fact]
    public async Task FailingOrchestration_IsLoggedAsAnErrorWithItsInstanceAndFailure()
    {
        var hub = TestEngine.NewHubName("flog");
        var recorder = new RecordingLogger();
        using var logging = LoggerFactory.Create(b => b.AddProvider(recorder));
        await using var engine = new DurableEngine(TestEngine.Options(azurite, hub), logging);
        engine.AddOrchestrator(nameof(Failing), new Failing());
        engine.AddOrchestrator(nameof(Chain), new Chain());
        engine.AddActivity(nameof(Increment), new Increment());
        await engine.StartAsync(TestEngine.Timeout());

        var failed = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Failing), "the input", new Microsoft.DurableTask.StartOrchestrationOptions("flog-1"));
        var ok = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 3, new Microsoft.DurableTask.StartOrchestrationOptions("flog-2"));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await engine.Client.WaitForInstanceCompletionAsync(failed, TestEngine.Timeout())).RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await engine.Client.WaitForInstanceCompletionAsync(ok, TestEngine.Timeout())).RuntimeStatus);

        var errors = recorder.Entries.Where(e => e.Level == LogLevel.Error && e.Message.StartsWith("Orchestration ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("Orchestration flog-1 (Failing) failed: System.InvalidOperationException: boom: the input", error.Message, StringComparison.Ordinal);
        Assert.Contains("at BackupOrchestrator.Host.Durable.Tests.Support.Failing.RunAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubOrchestration_ChildRunsItsActivityAndSeesItsParent()
    {
        var hub = TestEngine.NewHubName("sub");
        await using var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(Parent), new Parent());
            e.AddOrchestrator(nameof(Child), new Child());
            e.AddActivity(nameof(Twice), new Twice());
        });
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), "abc", new Microsoft.DurableTask.StartOrchestrationOptions("parent-1"));
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("abc|6|Parent|parent-1", done.ReadOutputAs<string>());
        using var official = OfficialClient.Create(azurite, hub);
        var child = Assert.Single(await official.GetOrchestrationStateAsync("parent-1:child", allExecutions: false, fetchInput: true));
        Assert.Equal(OrchestrationStatus.Completed, child.OrchestrationStatus);
        Assert.Equal("parent-1", child.ParentInstance?.OrchestrationInstance.InstanceId);
    }

    [Fact]
    public async Task SingleTimer_FiresAfterItsTimeAndItsHistoryRowReadsBack()
    {
        var hub = TestEngine.NewHubName("timer");
        await using var engine = TestEngine.Create(azurite, hub, e => e.AddOrchestrator(nameof(SingleTimer), new SingleTimer()));
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(SingleTimer), 2);
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var fireAt = done.ReadOutputAs<DateTime>();
        // DTFx sends the TimerFired message with a visibility delay that Azure queues take in whole seconds (truncated),
        // so a timer may fire up to a second before its time; never more.
        Assert.True(done.LastUpdatedAt.UtcDateTime >= fireAt.AddSeconds(-1), $"completed at {done.LastUpdatedAt:O}, over 1 s before the timer's {fireAt:O}");
        Assert.True(done.LastUpdatedAt - done.CreatedAt >= TimeSpan.FromSeconds(1), $"a 2 s timer ended {done.LastUpdatedAt - done.CreatedAt} after the start");
        using var official = OfficialClient.Create(azurite, hub);
        var state = Assert.Single(await official.GetOrchestrationStateAsync(id, allExecutions: false, fetchInput: false));
        var history = await ReadHistoryAsync(official, id, state.OrchestrationInstance.ExecutionId);
        var created = Assert.Single(history, e => Type(e) == "TimerCreated");
        var fired = Assert.Single(history, e => Type(e) == "TimerFired");
        Assert.Equal(fireAt, created["FireAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(fireAt, fired["FireAt"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task ExternalEvent_RaisedAfterTheWait_CompletesWithItsPayload()
    {
        var hub = TestEngine.NewHubName("evafter");
        await using var engine = TestEngine.Create(azurite, hub, e => e.AddOrchestrator(nameof(ExternalEvent), new ExternalEvent()));
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ExternalEvent), false);
        await WaitForCustomStatusAsync(engine, id, "waiting");
        await engine.Client.RaiseEventAsync(id, ExternalEvent.EventName, "yes");
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal("approved:yes", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ExternalEvent_RaisedBeforeTheWait_IsKeptUntilTheOrchestrationWaits()
    {
        var hub = TestEngine.NewHubName("evbefore");
        var gate = new Gate();
        await using var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(ExternalEvent), new ExternalEvent());
            e.AddActivity(nameof(Gate), gate);
        });
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ExternalEvent), true);
        await gate.Started.WaitAsync(TestEngine.Timeout());
        await engine.Client.RaiseEventAsync(id, ExternalEvent.EventName, "early");

        // The event is in the history before the orchestration reaches its wait: only then release the activity.
        using var official = OfficialClient.Create(azurite, hub);
        await PollAsync(async () =>
        {
            var state = (await official.GetOrchestrationStateAsync(id, false, false)).Single();
            return (await ReadHistoryAsync(official, id, state.OrchestrationInstance.ExecutionId)).Any(e => Type(e) == "EventRaised");
        });
        var before = await engine.Client.GetInstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Running, before!.RuntimeStatus);
        Assert.NotEqual("\"waiting\"", before.SerializedCustomStatus);
        gate.Release();

        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());
        Assert.Equal("approved:early", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task StopAsync_LetsARunningActivityFinishWithinTheGracePeriod_AndTheNextEngineCompletesWithoutRerunningIt()
    {
        var hub = TestEngine.NewHubName("stop");
        var gate = new Gate();
        var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(Gated), new Gated());
            e.AddActivity(nameof(Gate), gate);
        });
        await engine.StartAsync(TestEngine.Timeout());
        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Gated));
        await gate.Started.WaitAsync(TestEngine.Timeout());

        var stopping = engine.StopAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(stopping.IsCompleted, "StopAsync returned while the activity was still running");
        gate.Release();
        await stopping.WaitAsync(TestEngine.Timeout());
        Assert.Equal(1, gate.Finished);
        Assert.Equal(0, engine.ActivitiesInFlight);
        await engine.DisposeAsync();

        await using var next = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(Gated), new Gated());
            e.AddActivity(nameof(Gate), gate);
        });
        await next.StartAsync(TestEngine.Timeout());
        var done = await next.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout(90));
        Assert.Equal("released", done.ReadOutputAs<string>());
        Assert.Equal(1, gate.Runs);
    }

    [Theory]
    [InlineData(3, "ok after 3")]
    [InlineData(2, "failed: System.IO.IOException: transient failure 2")]
    public async Task ActivityRetry_RetriesTransientFailures_AndSurfacesTheLastOneWithItsType(int attempts, string expected)
    {
        var hub = TestEngine.NewHubName("retry");
        await using var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(Retrying), new Retrying());
            e.AddActivity(nameof(Flaky), new Flaky(failures: 2));
        });
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Retrying), attempts);
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal(expected, done.ReadOutputAs<string>());
    }

    internal static async Task WaitForCustomStatusAsync(DurableEngine engine, string id, string status) =>
        await PollAsync(async () => (await engine.Client.GetInstanceAsync(id))?.SerializedCustomStatus == $"\"{status}\"");

    internal static async Task PollAsync(Func<Task<bool>> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The history as DTFx's client API returns it (a JSON array of its history events, as Durable Functions reads it):
    /// a row its tracking store cannot parse would throw here.
    /// </summary>
    internal static async Task<List<JsonObject>> ReadHistoryAsync(DurableTask.AzureStorage.AzureStorageOrchestrationService official, string id, string executionId)
    {
        var json = await official.GetOrchestrationHistoryAsync(id, executionId);
        return JsonNode.Parse(json)!.AsArray().Select(n => n!.AsObject()).ToList();
    }

    /// <summary>EventType as its name (DTFx writes the enum as a number).</summary>
    internal static string Type(JsonObject e) => e["EventType"] is JsonValue v && v.TryGetValue(out int n) ? ((EventType)n).ToString() : (string)e["EventType"]!;
}
