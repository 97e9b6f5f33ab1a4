using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Durable.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Tests.Worker;

/// <summary>
/// Answers that arrive again after their episode was recorded: a redelivery (the queue handed the
/// message out before, or the answer comes from an activity whose request was handed out before,
/// e.g. an answer handed over in memory whose host crashed) makes the processor send the messages
/// of the episode that recorded it again; a plain second answer is dropped.
/// </summary>
public sealed class EpisodeProcessorRedeliveryTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static OrchestrationEpisodeProcessor CreateSut()
    {
        var registry = new TaskRegistry();
        registry.AddOrchestrator<int, int>("Chain", async (ctx, _) => await ctx.CallActivityAsync<int>("A") + await ctx.CallActivityAsync<int>("B"));
        return new OrchestrationEpisodeProcessor(registry, new TaskOrchestrationExecutor(NullLoggerFactory.Instance, TimeSpan.FromDays(6)), TimeProvider.System, NullLogger.Instance);
    }

    /// <summary>Task 0 answered and recorded; that episode scheduled task 1 (whose message may never have been sent).</summary>
    private static List<HistoryEvent> History() =>
    [
        new OrchestratorStartedEvent { Timestamp = T0 },
        new ExecutionStartedEvent { Name = "Chain", ExecutionId = "e", Input = "0", Timestamp = T0 },
        new TaskScheduledEvent { EventId = 0, Name = "A", Timestamp = T0 },
        new OrchestratorCompletedEvent { Timestamp = T0 },
        new OrchestratorStartedEvent { Timestamp = T0 },
        new TaskCompletedEvent { TaskScheduledId = 0, Result = "1", Timestamp = T0 },
        new TaskScheduledEvent { EventId = 1, Name = "B", Timestamp = T0 },
        new OrchestratorCompletedEvent { Timestamp = T0 },
    ];

    private static OrchestrationWorkItem Item(params TaskMessage[] messages) =>
        new() { InstanceId = "i", History = History(), Messages = messages };

    private static TaskMessage AnswerToTask0(int dequeueCount, bool redelivered) => new()
    {
        InstanceId = "i",
        ExecutionId = "e",
        Event = new TaskCompletedEvent { TaskScheduledId = 0, Result = "1" },
        DequeueCount = dequeueCount,
        Redelivered = redelivered,
    };

    [Fact]
    public void Process_RecordedAnswerFromARedeliveredRequest_SendsTheRecordingEpisodesMessagesAgain()
    {
        var commit = CreateSut().Process(Item(AnswerToTask0(dequeueCount: 1, redelivered: true)));
        var again = Assert.Single(commit.ActivityMessages);
        Assert.Equal(1, Assert.IsType<TaskScheduledEvent>(again.Event).EventId);
        Assert.Empty(commit.NewEvents);
    }

    [Fact]
    public void Process_RecordedAnswerDeliveredAgainByTheQueue_SendsTheRecordingEpisodesMessagesAgain()
    {
        var commit = CreateSut().Process(Item(AnswerToTask0(dequeueCount: 2, redelivered: false)));
        Assert.Equal(1, Assert.IsType<TaskScheduledEvent>(Assert.Single(commit.ActivityMessages).Event).EventId);
    }

    [Fact]
    public void Process_RecordedAnswerOnFirstDelivery_IsDroppedWithoutResending()
    {
        var commit = CreateSut().Process(Item(AnswerToTask0(dequeueCount: 1, redelivered: false)));
        Assert.Empty(commit.ActivityMessages);
        Assert.Empty(commit.NewEvents);
    }

    [Fact]
    public void Process_BatchWithRecordedAndNewAnswers_RecordsOnlyTheNewOneOnce()
    {
        var newAnswer = new TaskMessage { InstanceId = "i", ExecutionId = "e", Event = new TaskCompletedEvent { TaskScheduledId = 1, Result = "2" }, DequeueCount = 2 };
        var commit = CreateSut().Process(Item(AnswerToTask0(2, true), newAnswer, newAnswer with { Id = "copy" }));
        Assert.Single(commit.NewEvents.OfType<TaskCompletedEvent>());
        var done = Assert.Single(commit.NewEvents.OfType<ExecutionCompletedEvent>());
        Assert.Equal("3", done.Result);
    }
}
