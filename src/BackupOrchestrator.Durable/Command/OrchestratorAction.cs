using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Command;

/// <summary>
/// Something orchestrator code asked for in an episode. The executor matches each action
/// against the history by <see cref="Id"/>; unmatched actions are new and become history
/// events plus outgoing messages.
/// </summary>
public abstract record OrchestratorAction(int Id)
{
    /// <summary>Short description used in non-determinism errors, e.g. <c>CallActivity 'Copy'</c>.</summary>
    public abstract string Describe();
}

/// <summary>Run an activity.</summary>
public sealed record ScheduleTaskOrchestratorAction(int Id, string Name, string? Input, string? ConcurrencySlot) : OrchestratorAction(Id)
{
    public override string Describe() => $"CallActivity '{Name}'";
}

/// <summary>Start a durable timer.</summary>
public sealed record CreateTimerOrchestratorAction(int Id, DateTime FireAt) : OrchestratorAction(Id)
{
    public override string Describe() => $"CreateTimer {FireAt:O}";
}

/// <summary>Start a sub-orchestration.</summary>
public sealed record CreateSubOrchestrationOrchestratorAction(int Id, string Name, string InstanceId, string? Input) : OrchestratorAction(Id)
{
    public override string Describe() => $"CallSubOrchestrator '{Name}' ({InstanceId})";
}

/// <summary>Send an event to another instance.</summary>
public sealed record SendEventOrchestratorAction(int Id, string InstanceId, string EventName, string? Input) : OrchestratorAction(Id)
{
    public override string Describe() => $"SendEvent '{EventName}' to {InstanceId}";
}

/// <summary>The orchestration finished (completed, failed, continued as new or terminated).</summary>
public sealed record CompleteOrchestrationOrchestratorAction(
    int Id,
    OrchestrationRuntimeStatus Status,
    string? Result,
    FailureDetails? FailureDetails,
    IReadOnlyList<EventRaisedEvent>? CarryoverEvents = null) : OrchestratorAction(Id)
{
    public override string Describe() => $"Complete {Status}";
}
