namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>Settings of the Azure Storage task hub (names follow DurableTask.AzureStorage).</summary>
public sealed record AzureStorageOrchestrationServiceSettings
{
    /// <summary>Task hub name: letters and digits, starting with a letter, 3-45 characters.</summary>
    public string TaskHubName { get; init; } = "BackupHub";

    /// <summary>Number of control queues (<c>{hub}-control-00..NN</c>); instances are spread by a hash of their id.</summary>
    public int PartitionCount { get; init; } = 4;

    /// <summary>Identifies this host in partition and slot leases; a restarted host with the same id takes its leases back at once.</summary>
    public string WorkerId { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long a received control message stays hidden; after a crash it reappears after this.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a received activity message stays hidden; renewed while the activity runs.</summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest pause between polls of an empty queue (adaptive polling backs off up to this).</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages fetched per queue read (Azure allows at most 32).</summary>
    public int QueueBatchSize { get; init; } = 32;

    /// <summary>Activity messages held locally ahead of the dispatcher.</summary>
    public int MaxPrefetchedActivities { get; init; } = 64;

    /// <summary>Payloads larger than this (UTF-8 bytes) go to the large-message container as gzip JSON.</summary>
    public int LargeMessageThreshold { get; init; } = 45 * 1024;

    /// <summary>Most control queues this host leases (static balancing: give each host a share to spread instances).</summary>
    public int MaxOwnedPartitions { get; init; } = int.MaxValue;

    /// <summary>Partition lease duration (15-60 s); renewed at a third of it.</summary>
    public TimeSpan PartitionLeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Keep instance histories in memory between episodes (checked by the sentinel ETag on commit).</summary>
    public bool ExtendedSessions { get; init; } = true;

    /// <summary>
    /// An activity that ran on the host owning its instance's control queue hands its answer to the
    /// next episode in memory instead of through the queue; its work-item message stays (hidden)
    /// until that episode has committed. See docs/durable.md.
    /// </summary>
    public bool LocalAnswers { get; init; } = true;

    /// <summary>
    /// An episode that changes nothing visible in the instance row (status, execution, custom
    /// status, output) writes it only when the last write is older than this, so
    /// <c>LastUpdatedTime</c> of a running instance lags by at most this much.
    /// </summary>
    public TimeSpan InstanceRowRefreshInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Most instance histories kept in memory.</summary>
    public int MaxCachedInstances { get; init; } = 1000;
}
