namespace BackupOrchestrator.Durable.Backend;

/// <summary>
/// The worker side of a task hub store (cf. DurableTask.Core's IOrchestrationService).
/// Delivery is at-least-once: a message whose work item is not completed comes back.
/// </summary>
public interface IOrchestrationService
{
    /// <summary>Creates queues, tables and containers when missing. Idempotent.</summary>
    Task CreateIfNotExistsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits up to <paramref name="maxWait"/> for messages of an instance that no other episode
    /// (on this host or any other) is processing, and locks them with the instance's history.
    /// </summary>
    Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>
    /// Commits an episode; see <see cref="OrchestrationCommit"/> for the order. Throws <see cref="OrchestrationConcurrencyException"/>.
    /// The instance stays locked until <see cref="ReleaseOrchestrationWorkItemAsync"/>.
    /// </summary>
    Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the messages back (visible again after a short delay). The instance stays locked
    /// until <see cref="ReleaseOrchestrationWorkItemAsync"/>.
    /// </summary>
    Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken);

    /// <summary>
    /// Unlocks the instance so that its next messages can be handed to an episode. The dispatcher
    /// calls it exactly once per locked work item, last, after the episode's outcome (committed,
    /// conflict, failed) is logged, so no two episodes of one instance ever overlap on a host.
    /// Never throws.
    /// </summary>
    Task ReleaseOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken);

    Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>Extends the lock of a long-running activity.</summary>
    Task RenewActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken);

    /// <summary>Sends the result to the orchestration, then deletes the activity message (in that order).</summary>
    Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, TaskMessage response, CancellationToken cancellationToken);

    Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken);

    /// <summary>Named concurrency slots shared by every host of the hub.</summary>
    IConcurrencySlots Slots { get; }

    /// <summary>Stops receiving and gives up partition leases so another host can take over at once.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}

/// <summary>The client side of a task hub store (cf. DurableTask.Core's IOrchestrationServiceClient).</summary>
public interface IOrchestrationServiceClient
{
    /// <summary>
    /// Writes a Pending instance row and sends <paramref name="startMessage"/>. If a row exists
    /// and its status is in <paramref name="reuseIfStatusIn"/> it is replaced; otherwise the
    /// existing row is returned and nothing is sent.
    /// </summary>
    Task<OrchestrationMetadata?> CreateInstanceAsync(OrchestrationMetadata pending, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> reuseIfStatusIn, CancellationToken cancellationToken);

    Task SendOrchestratorMessageAsync(TaskMessage message, CancellationToken cancellationToken);

    Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool includeInputsAndOutputs, bool includeHistory, CancellationToken cancellationToken);

    Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes the instance row, its history and its large messages. False when there was none.</summary>
    Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken);
}

/// <summary>Named concurrency slots (e.g. <c>backup</c>: 3) that hold across every host of a hub.</summary>
public interface IConcurrencySlots
{
    /// <summary>Waits for a free slot of <paramref name="name"/> (at most <paramref name="limit"/> held at once hub-wide) and holds it until disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, int limit, CancellationToken cancellationToken);
}
