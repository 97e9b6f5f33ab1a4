namespace BackupOrchestrator.Durable.History;

/// <summary>The kind of a <see cref="HistoryEvent"/>; stored as the <c>EventType</c> column.</summary>
public enum EventType
{
    ExecutionStarted,
    ExecutionCompleted,
    ExecutionTerminated,
    ExecutionSuspended,
    ExecutionResumed,
    ContinueAsNew,
    OrchestratorStarted,
    OrchestratorCompleted,
    TaskScheduled,
    TaskCompleted,
    TaskFailed,
    TimerCreated,
    TimerFired,
    SubOrchestrationInstanceCreated,
    SubOrchestrationInstanceCompleted,
    SubOrchestrationInstanceFailed,
    EventRaised,
    EventSent,
    ExecutionRewound,
}
