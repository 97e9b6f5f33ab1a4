using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>
/// One entry of an orchestration's append-only history. Events that answer an earlier event
/// point back to it (a completion's <c>TaskScheduledId</c> is its scheduling event's
/// <see cref="EventId"/>); see History/README.md for the table.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "EventType")]
[JsonDerivedType(typeof(ExecutionStartedEvent), nameof(EventType.ExecutionStarted))]
[JsonDerivedType(typeof(ExecutionCompletedEvent), nameof(EventType.ExecutionCompleted))]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), nameof(EventType.ExecutionTerminated))]
[JsonDerivedType(typeof(ExecutionSuspendedEvent), nameof(EventType.ExecutionSuspended))]
[JsonDerivedType(typeof(ExecutionResumedEvent), nameof(EventType.ExecutionResumed))]
[JsonDerivedType(typeof(ExecutionRewoundEvent), nameof(EventType.ExecutionRewound))]
[JsonDerivedType(typeof(ContinueAsNewEvent), nameof(EventType.ContinueAsNew))]
[JsonDerivedType(typeof(OrchestratorStartedEvent), nameof(EventType.OrchestratorStarted))]
[JsonDerivedType(typeof(OrchestratorCompletedEvent), nameof(EventType.OrchestratorCompleted))]
[JsonDerivedType(typeof(TaskScheduledEvent), nameof(EventType.TaskScheduled))]
[JsonDerivedType(typeof(TaskCompletedEvent), nameof(EventType.TaskCompleted))]
[JsonDerivedType(typeof(TaskFailedEvent), nameof(EventType.TaskFailed))]
[JsonDerivedType(typeof(TimerCreatedEvent), nameof(EventType.TimerCreated))]
[JsonDerivedType(typeof(TimerFiredEvent), nameof(EventType.TimerFired))]
[JsonDerivedType(typeof(SubOrchestrationInstanceCreatedEvent), nameof(EventType.SubOrchestrationInstanceCreated))]
[JsonDerivedType(typeof(SubOrchestrationInstanceCompletedEvent), nameof(EventType.SubOrchestrationInstanceCompleted))]
[JsonDerivedType(typeof(SubOrchestrationInstanceFailedEvent), nameof(EventType.SubOrchestrationInstanceFailed))]
[JsonDerivedType(typeof(EventRaisedEvent), nameof(EventType.EventRaised))]
[JsonDerivedType(typeof(EventSentEvent), nameof(EventType.EventSent))]
public abstract record HistoryEvent
{
    /// <summary>Sequence id of the action that produced this event, or -1 for events that answer one.</summary>
    public int EventId { get; init; } = -1;

    /// <summary>When the event was created (UTC).</summary>
    public DateTime Timestamp { get; init; }

    [JsonIgnore]
    public abstract EventType EventType { get; }
}
