namespace BackupOrchestrator.Durable;

/// <summary>Per-host settings of a <see cref="Worker.DurableTaskWorker"/>.</summary>
public sealed record DurableTaskWorkerOptions
{
    /// <summary>Orchestration episodes this host runs at once.</summary>
    public int MaxConcurrentOrchestrations { get; init; } = 16;
    /// <summary>Activities this host runs at once.</summary>
    public int MaxConcurrentActivities { get; init; } = 32;
    /// <summary>Longest single durable timer; longer timers are split (queues hide messages for at most 7 days).</summary>
    public TimeSpan MaxTimerInterval { get; init; } = TimeSpan.FromDays(6);
    /// <summary>An activity message handed out this often without completing is dropped as poison and the task failed.</summary>
    public int MaxDequeueCount { get; init; } = 10;
    /// <summary>
    /// An orchestration message handed out this often without an episode committing it (the episode
    /// keeps failing or its worker keeps dying) fails its instance with <c>PoisonMessage</c> (log 1019);
    /// for an instance that has not started or has finished it is dropped (1026). Higher than
    /// <see cref="MaxDequeueCount"/> because benign redeliveries (lost races, partition moves, early
    /// messages waiting for their instance's start) count too.
    /// </summary>
    public int MaxOrchestrationDequeueCount { get; init; } = 20;
    /// <summary>Limits of named concurrency slots (e.g. <c>backup</c> = 3) for activities that name one in <see cref="TaskOptions.ConcurrencySlot"/>.</summary>
    public IReadOnlyDictionary<string, int> SlotLimits { get; init; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    /// <summary>How long a dispatcher waits in one lock call before it looks again.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>How often a running activity's message lock is extended.</summary>
    public TimeSpan ActivityRenewInterval { get; init; } = TimeSpan.FromSeconds(30);
}
