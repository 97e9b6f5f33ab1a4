using BackupOrchestrator.Durable.Command;
using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Tests.Core;

/// <summary>The replay executor on hand-written histories, without any backend.</summary>
public sealed class ExecutorTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static TaskOrchestrationExecutor CreateSut(ILoggerFactory? logs = null) => new(logs ?? NullLoggerFactory.Instance, TimeSpan.FromDays(6));

    private static OrchestrationRuntimeState State(IEnumerable<HistoryEvent> past, params HistoryEvent[] fresh)
    {
        var state = new OrchestrationRuntimeState("i", past);
        foreach (var e in fresh)
        {
            state.AddEvent(e);
        }

        return state;
    }

    private static HistoryEvent[] Started(string? input = null) =>
        [new OrchestratorStartedEvent { Timestamp = T0 }, new ExecutionStartedEvent { Name = "O", ExecutionId = "e", Input = input, Timestamp = T0 }];

    [Fact]
    public void Execute_FirstEpisode_ReturnsScheduleActionsInOrder()
    {
        var result = CreateSut().Execute(State([], Started()), async (ctx, _) =>
        {
            await Task.WhenAll(ctx.CallActivityAsync<int>("A"), ctx.CallActivityAsync<int>("B"));
            return null;
        });
        Assert.Equal(["A", "B"], result.Actions.Cast<ScheduleTaskOrchestratorAction>().Select(a => a.Name));
        Assert.Equal([0, 1], result.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Execute_HistoryDisagreesWithCode_FailsNamingBothSides()
    {
        var past = Started().Append(new TaskScheduledEvent { EventId = 0, Name = "A", Timestamp = T0 });
        var result = CreateSut().Execute(State(past, new TaskCompletedEvent { TaskScheduledId = 0, Result = "1", Timestamp = T0 }),
            async (ctx, _) => DataConverter.Serialize(await ctx.CallActivityAsync<int>("B")));
        var complete = Assert.IsType<CompleteOrchestrationOrchestratorAction>(Assert.Single(result.Actions));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, complete.Status);
        Assert.Contains("CallActivity 'A'", complete.FailureDetails!.ErrorMessage);
        Assert.Contains("CallActivity 'B'", complete.FailureDetails.ErrorMessage);
    }

    [Fact]
    public void Execute_CompletionReplayed_ResumesCodeWithResult()
    {
        var past = Started().Append(new TaskScheduledEvent { EventId = 0, Name = "A", Timestamp = T0 });
        var result = CreateSut().Execute(State(past, new OrchestratorStartedEvent { Timestamp = T0.AddSeconds(5) }, new TaskCompletedEvent { TaskScheduledId = 0, Result = "21", Timestamp = T0 }),
            async (ctx, _) => DataConverter.Serialize(await ctx.CallActivityAsync<int>("A") * 2));
        var complete = Assert.IsType<CompleteOrchestrationOrchestratorAction>(Assert.Single(result.Actions));
        Assert.Equal("42", complete.Result);
    }

    [Fact]
    public void ReplaySafeLogger_IsSilentWhileReplaying()
    {
        var sink = new ListLoggerProvider();
        using var factory = new LoggerFactory([sink]);
        var past = Started().Append(new TaskScheduledEvent { EventId = 0, Name = "A", Timestamp = T0 });
        CreateSut(factory).Execute(State(past, new TaskCompletedEvent { TaskScheduledId = 0, Timestamp = T0 }), async (ctx, _) =>
        {
            var log = ctx.CreateReplaySafeLogger("test");
            log.LogInformation("before A, replaying={Replaying}", ctx.IsReplaying);
            await ctx.CallActivityAsync<object?>("A");
            log.LogInformation("after A, replaying={Replaying}", ctx.IsReplaying);
            return null;
        });
        Assert.Equal(["after A, replaying=False"], sink.Messages);
    }

    [Fact]
    public void CreateTimer_LongerThanMaximum_IsSplitIntoChunks()
    {
        var sut = new TaskOrchestrationExecutor(NullLoggerFactory.Instance, TimeSpan.FromDays(6));
        var result = sut.Execute(State([], Started()), async (ctx, _) =>
        {
            await ctx.CreateTimer(T0.AddDays(20), CancellationToken.None);
            return null;
        });
        var timer = Assert.IsType<CreateTimerOrchestratorAction>(Assert.Single(result.Actions));
        Assert.Equal(T0.AddDays(6), timer.FireAt);
    }

    [Fact]
    public void WaitForExternalEvent_EventBeforeWait_IsBuffered()
    {
        var result = CreateSut().Execute(State([], [.. Started(), new EventRaisedEvent { Name = "Go", Input = "\"early\"", Timestamp = T0 }]), async (ctx, _) =>
        {
            await ctx.CreateTimer(T0.AddSeconds(1), CancellationToken.None);
            return null;
        });
        Assert.IsType<CreateTimerOrchestratorAction>(Assert.Single(result.Actions));
        var past = Started().Concat([new EventRaisedEvent { Name = "Go", Input = "\"early\"", Timestamp = T0 }, new TimerCreatedEvent { EventId = 0, FireAt = T0.AddSeconds(1), Timestamp = T0 }]);
        var second = CreateSut().Execute(State(past, new TimerFiredEvent { TimerId = 0, FireAt = T0.AddSeconds(1), Timestamp = T0 }), async (ctx, _) =>
        {
            await ctx.CreateTimer(T0.AddSeconds(1), CancellationToken.None);
            return DataConverter.Serialize(await ctx.WaitForExternalEvent<string>("Go"));
        });
        Assert.Equal("early", DataConverter.Deserialize<string>(Assert.IsType<CompleteOrchestrationOrchestratorAction>(Assert.Single(second.Actions)).Result));
    }

    [Fact]
    public void NewGuid_IsNameBasedUuidV5()
    {
        // RFC 4122 / Python uuid5(NAMESPACE_DNS, "python.org").
        var guid = DeterministicGuid.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), guid);
    }

    [Fact]
    public void RetryPolicy_DelayBefore_GrowsByCoefficientUpToMaximum()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(5));
        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(2, 5).Select(n => policy.DelayBefore(n).TotalSeconds));
    }

    private sealed class ListLoggerProvider : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
