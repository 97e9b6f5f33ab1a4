using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>What activity code sees. Activities may do I/O; they run at least once per call.</summary>
public sealed class TaskActivityContext(string name, string instanceId, int taskId, IConcurrencySlots slots, CancellationToken cancellationToken)
{
    public string Name { get; } = name;
    public string InstanceId { get; } = instanceId;
    /// <summary>The scheduling event's id: with <see cref="InstanceId"/>, a stable idempotency key for this call.</summary>
    public int TaskId { get; } = taskId;
    /// <summary>Canceled when the host shuts down.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Holds one of <paramref name="limit"/> slots named <paramref name="slotName"/>, hub-wide, until disposed.</summary>
    public Task<IAsyncDisposable> AcquireSlotAsync(string slotName, int limit) => slots.AcquireAsync(slotName, limit, CancellationToken);
}
