using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Backend;

/// <summary>
/// All visible messages for one instance plus its current history, locked for one episode.
/// <see cref="BackendState"/> is the backend's own (ETag, queue receipts, ...).
/// </summary>
public sealed class OrchestrationWorkItem
{
    public required string InstanceId { get; init; }
    public required IReadOnlyList<HistoryEvent> History { get; init; }
    public required IReadOnlyList<TaskMessage> Messages { get; init; }
    public OrchestrationMetadata? Instance { get; init; }
    public object? BackendState { get; set; }
}

/// <summary>One activity message locked for execution.</summary>
public sealed class ActivityWorkItem
{
    public required TaskMessage Message { get; init; }
    public TaskScheduledEvent TaskScheduled => (TaskScheduledEvent)Message.Event;
    public object? BackendState { get; set; }
}

/// <summary>
/// What one episode writes. Backends must apply it in this order: <see cref="NewEvents"/> to
/// the history (failing with <see cref="OrchestrationConcurrencyException"/> when another
/// writer got there first), then <see cref="Instance"/>, then the messages, then delete the
/// work item's messages except <see cref="DeferredMessageIds"/>, which become visible again later.
/// A crash between steps must leave a state that the next episode handles by replay.
/// </summary>
public sealed record OrchestrationCommit
{
    /// <summary>True: the history is replaced by <see cref="NewEvents"/> (new execution, rewind).</summary>
    public bool NewExecution { get; init; }
    public IReadOnlyList<HistoryEvent> NewEvents { get; init; } = [];
    public OrchestrationMetadata? Instance { get; init; }
    public IReadOnlyList<TaskMessage> ActivityMessages { get; init; } = [];
    public IReadOnlyList<TaskMessage> OrchestratorMessages { get; init; } = [];
    public IReadOnlySet<string> DeferredMessageIds { get; init; } = new HashSet<string>();
}

/// <summary>Another worker committed this instance's history first; the episode is discarded and its messages retried.</summary>
public sealed class OrchestrationConcurrencyException : Exception
{
    public OrchestrationConcurrencyException(string instanceId)
        : base($"Instance '{instanceId}': another worker wrote its history first (sentinel ETag changed); this episode is discarded and its messages will be processed again.") { }

    public OrchestrationConcurrencyException() { }

    public OrchestrationConcurrencyException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Raised by a client when an instance id is already in use and the start options refuse to reuse it.</summary>
public sealed class OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
    : InvalidOperationException($"An orchestration with instance id '{instanceId}' already exists and is {status}. Use another id, or start with IfExists = ReturnExisting to get it, or wait until it finishes.")
{
    public string InstanceId { get; } = instanceId;
    public OrchestrationRuntimeStatus Status { get; } = status;
}
