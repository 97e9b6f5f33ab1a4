using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable;

/// <summary>
/// What orchestrator code sees. Orchestrators are replayed from their history on every
/// episode, so they must be deterministic: use <see cref="CurrentUtcDateTime"/>,
/// <see cref="NewGuid"/> and the methods below instead of the clock, random numbers, I/O,
/// <c>Task.Run</c>, <c>Task.Delay</c> or <c>ConfigureAwait(false)</c>.
/// </summary>
public abstract class TaskOrchestrationContext
{
    public abstract string Name { get; }
    public abstract string InstanceId { get; }
    /// <summary>The version the instance was started with (<c>StartOrchestrationOptions.Version</c>), null when none: lets code branch between old and new logic.</summary>
    public virtual string? Version => null;
    /// <summary>Deterministic "now": the timestamp of the current episode's start.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }
    /// <summary>True while the code re-runs history it already recorded.</summary>
    public abstract bool IsReplaying { get; }

    public abstract T? GetInput<T>();

    public abstract Task<T> CallActivityAsync<T>(string name, object? input = null, TaskOptions? options = null);

    public Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    public abstract Task<T> CallSubOrchestratorAsync<T>(string orchestratorName, object? input = null, TaskOptions? options = null);

    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null) =>
        CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer; timers longer than the hub's maximum are split into chunks.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime + delay, cancellationToken);

    /// <summary>Waits for an external event; events raised before the wait are buffered and delivered in order.</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits at most <paramref name="timeout"/> (a durable timer); throws <see cref="TimeoutException"/> then.</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default);

    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>Ends this execution once the orchestrator returns and starts a fresh one (empty history) with <paramref name="newInput"/>.</summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A GUID that is the same on every replay (name-based UUID v5 of instance id, current time and a counter).</summary>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes nothing while <see cref="IsReplaying"/> is true.</summary>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);
}
