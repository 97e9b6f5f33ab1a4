using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>Identifies the orchestration that started a sub-orchestration.</summary>
public sealed record ParentInstance(string InstanceId, string ExecutionId, string Name, int TaskScheduledId);

/// <summary>First event of every execution: name, input, and the parent when this is a sub-orchestration.</summary>
public sealed record ExecutionStartedEvent : HistoryEvent
{
    public required string Name { get; init; }
    public string? Version { get; init; }
    public required string ExecutionId { get; init; }
    public string? Input { get; init; }
    public ParentInstance? Parent { get; init; }
    /// <summary>Carried-over external events when an execution continues as new.</summary>
    public IReadOnlyList<EventRaisedEvent>? CarryoverEvents { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionStarted;
}

/// <summary>Last event of a completed or failed execution.</summary>
public sealed record ExecutionCompletedEvent : HistoryEvent
{
    public required OrchestrationRuntimeStatus OrchestrationStatus { get; init; }
    public string? Result { get; init; }
    public FailureDetails? FailureDetails { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionCompleted;
}

/// <summary>A client terminated the instance; <see cref="Reason"/> becomes its output.</summary>
public sealed record ExecutionTerminatedEvent : HistoryEvent
{
    public string? Reason { get; init; }
    public string? MessageId { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionTerminated;
}

/// <summary>A client suspended the instance: later events are held until it is resumed.</summary>
public sealed record ExecutionSuspendedEvent : HistoryEvent
{
    public string? Reason { get; init; }
    public string? MessageId { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionSuspended;
}

/// <summary>A client resumed a suspended instance.</summary>
public sealed record ExecutionResumedEvent : HistoryEvent
{
    public string? Reason { get; init; }
    public string? MessageId { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionResumed;
}

/// <summary>
/// A client rewound a failed instance: the failures of its last episode are dropped from the
/// history (which moves to a new execution id) and the failed tasks run again.
/// </summary>
public sealed record ExecutionRewoundEvent : HistoryEvent
{
    public string? Reason { get; init; }
    /// <summary>The execution id before the rewind; answers still addressed to it are accepted.</summary>
    public string? PreviousExecutionId { get; init; }
    public string? MessageId { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionRewound;
}

/// <summary>The execution ended by continuing as new; its successor starts with <see cref="Input"/>.</summary>
public sealed record ContinueAsNewEvent : HistoryEvent
{
    public string? Input { get; init; }
    public IReadOnlyList<EventRaisedEvent>? CarryoverEvents { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.ContinueAsNew;
}

/// <summary>Opens every episode; its timestamp is the orchestration's <c>CurrentUtcDateTime</c>.</summary>
public sealed record OrchestratorStartedEvent : HistoryEvent
{
    [JsonIgnore]
    public override EventType EventType => EventType.OrchestratorStarted;
}

/// <summary>Closes every episode.</summary>
public sealed record OrchestratorCompletedEvent : HistoryEvent
{
    [JsonIgnore]
    public override EventType EventType => EventType.OrchestratorCompleted;
}
