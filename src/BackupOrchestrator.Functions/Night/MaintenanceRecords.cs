using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Domain.Retention;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// Where a step after the backup (copy, prune) is: the backup's own state stays what it was. Written as words
/// wherever it is serialized (run state, either host's HTTP output), not as numbers.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AfterBackupState>))]
public enum AfterBackupState
{
    Waiting,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// The copy of a night's snapshot to the catalog's secondary target (3-2-1), in the service's status. A failed
/// copy leaves the backup Succeeded: the snapshot is good on the primary; <see cref="Reason"/> says what to fix.
/// </summary>
public sealed record CopyStatus
{
    public required AfterBackupState State { get; init; }
    /// <summary>The catalog's role of the target copied to (<c>secondary</c>).</summary>
    public required string Target { get; init; }
    public string? SnapshotId { get; init; }
    /// <summary>Sealed bytes sent (chunks the target lacked); 0 when it had them all.</summary>
    public long? BytesCopied { get; init; }
    public int? ChunksCopied { get; init; }
    public int? ChunksAlreadyThere { get; init; }
    public string? Reason { get; init; }
    /// <summary>When it asked for the target, was granted it, and ended (orchestration time).</summary>
    public DateTimeOffset? Requested { get; init; }
    public DateTimeOffset? Started { get; init; }
    public DateTimeOffset? Ended { get; init; }
}

/// <summary>The retention of one target after the service's backup, on a prune day: what it removed and freed, or why it failed.</summary>
public sealed record PruneStatus
{
    public required AfterBackupState State { get; init; }
    public required string Target { get; init; }
    /// <summary>This service's snapshots the retention removed and kept.</summary>
    public int? Removed { get; init; }
    public int? Kept { get; init; }
    /// <summary>Bytes of the packs the sweep deleted (0 when it was deferred or nothing was old enough).</summary>
    public long? BytesFreed { get; init; }
    public int? PacksDeleted { get; init; }
    /// <summary>Why the sweep did not run (a backup of another program running, unreadable objects), or null.</summary>
    public string? SweepSkipped { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset? Requested { get; init; }
    public DateTimeOffset? Started { get; init; }
    public DateTimeOffset? Ended { get; init; }
}

/// <summary>What the copy activity does: the snapshot <see cref="SnapshotName"/> from one target to another.</summary>
public sealed record CopyJob(string Service, string Day, string SnapshotName, TargetSpec From, TargetSpec To, string? KeyFile);

/// <summary>What the copy sent.</summary>
public sealed record CopyResult(int ChunksCopied, int ChunksAlreadyThere, long BytesCopied, bool WasThere);

/// <summary>
/// What the prune activity does: <see cref="Rule"/> over <see cref="Service"/>'s snapshots on <see cref="Target"/>;
/// the sweep too when <see cref="Sweep"/> (a night's prune steps leave it to the night's one sweep of the target).
/// </summary>
public sealed record PruneJob(string Service, string Day, TargetSpec Target, RetentionRule Rule, string? KeyFile, bool Sweep = true);

/// <summary>
/// A prune night's one sweep of a target (<c>sweep:DAY:ROLE</c>): it waits for every service of the night that
/// writes there (<see cref="Awaiting"/>) to end, after-steps included, or for the night's end, then sweeps.
/// </summary>
public sealed record SweepRun(string Day, TargetSpec Target, IReadOnlyList<string> Awaiting, DateTimeOffset EndsAt, NightSettings Settings, string? KeyFile);

/// <summary>What the sweep activity does.</summary>
public sealed record SweepJob(string Day, TargetSpec Target, string? KeyFile);

/// <summary>What a sweep freed, or why it did not run (a backup of another program running, unreadable objects).</summary>
public sealed record SweepResult(long BytesFreed, int PacksDeleted, string? SweepSkipped, IReadOnlyList<string> Errors);

/// <summary>A night's sweep of a target: its custom status and output.</summary>
public sealed record SweepStatus
{
    public required AfterBackupState State { get; init; }
    public required string Target { get; init; }
    /// <summary>The services it still waits for (empty once it runs).</summary>
    public IReadOnlyList<string> Awaiting { get; init; } = [];
    public long? BytesFreed { get; init; }
    public int? PacksDeleted { get; init; }
    public string? SweepSkipped { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset? Started { get; init; }
    public DateTimeOffset? Ended { get; init; }
}

/// <summary>What a prune did.</summary>
public sealed record PruneResult(int Removed, int Kept, long BytesFreed, int PacksDeleted, string? SweepSkipped, IReadOnlyList<string> Errors);

/// <summary>The state of one target's lock orchestration (<c>target:…</c>) across continue-as-new.</summary>
public sealed record TargetLockState(string Target, TargetLockTable Table, TimeSpan ReclaimInterval);

/// <summary>A message to a target's lock: acquire (<see cref="Request"/>) or release (<see cref="Holder"/>, <see cref="Token"/>).</summary>
public sealed record TargetLockMessage(TargetRequest? Request, string? Holder, string? Token) : ILockMessage<TargetRequest>;

/// <summary>The use of a target granted to the request with <see cref="Token"/>.</summary>
public sealed record TargetGrant(string Token);
