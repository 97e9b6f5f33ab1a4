using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>The catalog a night runs on: its text as loaded when the night's first window fired.</summary>
public sealed record CatalogSnapshot(string Path, string Sha256, string Text, DateTimeOffset LoadedAt);

/// <summary>Settings a night takes from the app settings when it starts (inputs, so a replay never reads settings).</summary>
public sealed record NightSettings(TimeSpan ResourceRecheck, TimeSpan SlotReclaimInterval, int RetryAttempts, TimeSpan RetryFirstInterval)
{
    /// <summary>How a night's activity is retried: <see cref="Attempts"/> tries, backing off from <see cref="RetryFirstInterval"/>, doubling.</summary>
    public TaskOptions Retry() => TaskOptions.FromRetryPolicy(new RetryPolicy(Attempts, RetryFirstInterval, backoffCoefficient: 2));

    /// <summary>Why a step failed once its retries ran out.</summary>
    public string RetriesExhausted(TaskFailedException e) => $"failed {Attempts} time(s), last: {e.FailureDetails.ErrorMessage}";

    /// <summary>
    /// <see cref="RetryAttempts"/>, which <c>SettingsAtStartup</c> keeps at 1 or more; a night started by an earlier
    /// build, before that check, may hold 0 in its input and must still replay (it ran with one attempt).
    /// </summary>
    private int Attempts => Math.Max(1, RetryAttempts);
}

/// <summary>
/// The input of a night's orchestration (<c>night:DAY</c>), which is the dependency ledger of that night and the
/// keeper of its catalog. <see cref="NotScheduled"/>: services without a run that day, and why. <see cref="Ledger"/>
/// carries the ledger's state over a continue-as-new.
/// </summary>
public sealed record NightInput(
    string Day,
    CatalogSnapshot Catalog,
    NightClock Clock,
    NightSettings Settings,
    IReadOnlyDictionary<string, string> NotScheduled,
    DateTimeOffset EndsAt,
    DependencyLedger? Ledger = null);

/// <summary>
/// A message to the ledger: a dependent's subscription, a service's final outcome, or (from a retry) the services
/// about to run again, whose outcomes it forgets; <see cref="RerunId"/> then shows in its custom status.
/// </summary>
public sealed record LedgerMessage(GateSubscription? Subscribe, string? Service, BackupState? State, string? Reason, IReadOnlyList<string>? Rerun = null, string? RerunId = null)
{
    public static LedgerMessage Subscription(GateSubscription s) => new(s, null, null, null);

    public static LedgerMessage Outcome(string service, BackupState state, string? reason) => new(null, service, state, reason);

    public static LedgerMessage Reruns(IReadOnlyList<string> services, string id) => new(null, null, null, null, services, id);
}

/// <summary>The night's custom status: the last rerun it took in (a retry waits for it before starting the services).</summary>
public sealed record LedgerStatus(string? LastRerun);

/// <summary>A message to the global limit: acquire (<see cref="Request"/>) or release (<see cref="Holder"/>, <see cref="Token"/>).</summary>
public sealed record LimitMessage(SlotRequest? Request, string? Holder, string? Token) : ILockMessage<SlotRequest>;

/// <summary>The global limit's state across continue-as-new.</summary>
public sealed record LimitState(SlotLimiter Limiter, TimeSpan ReclaimInterval);

/// <summary>A slot granted to the request with <see cref="Token"/>.</summary>
public sealed record SlotGrant(string Token);

/// <summary>One window of one night: its services' runs, built from the night's catalog.</summary>
public sealed record WindowRun(string Day, string Window, IReadOnlyList<ServiceRun> Services);

/// <summary>How a window's services ended.</summary>
public sealed record WindowResult(string Day, string Window, IReadOnlyList<BackupStatus> Services);

/// <summary>Everything one service's orchestration needs for one night.</summary>
public sealed record ServiceRun
{
    public required string Day { get; init; }
    public required string Service { get; init; }
    public required string Window { get; init; }
    /// <summary>When its schedule releases it (night wall clock).</summary>
    public required DateTime Release { get; init; }
    public IReadOnlyList<string> DependsOn { get; init; } = [];
    /// <summary>limits.max_duration: the longest it waits (dependencies, resources) from its release, in night time.</summary>
    public required TimeSpan MaxWait { get; init; }
    public required int MaxConcurrent { get; init; }
    public required Thresholds Thresholds { get; init; }
    /// <summary>A directory target's folder, for the disk reading (null for a blob target).</summary>
    public string? DiskPath { get; init; }
    public required NightClock Clock { get; init; }
    public required NightSettings Settings { get; init; }
    public required BackupJob Job { get; init; }
    /// <summary>The catalog's secondary target, where a succeeded backup's snapshot is copied (3-2-1); null: no copy.</summary>
    public TargetSpec? CopyTo { get; init; }
    /// <summary>Whether this night applies the retention after the backup (<c>maintenance.prune_days</c>), and the service's rule.</summary>
    public bool Prune { get; init; }
    public Domain.Retention.RetentionRule Retention { get; init; } = Domain.Retention.RetentionRule.SevenOneOne;
    /// <summary>
    /// A run on request (POST services/{service}/run), outside any night: no dependency gate (its DependsOn is
    /// empty) and no outcome sent to a night's ledger, so it neither opens nor closes anyone's gate.
    /// </summary>
    public bool Manual { get; init; }
}

/// <summary>One service of a retry of a whole night: the services it started (itself first, then its skipped dependents), or why not.</summary>
public sealed record RetryOutcome(string Service, IReadOnlyList<string> Started, string? Refusal);

/// <summary>When a step began.</summary>
public sealed record StepTime(BackupState State, DateTimeOffset At, string? Reason);

/// <summary>
/// The custom status of a service's orchestration, and its output: the step it is in (with the reason and when
/// each step began), and once it ran, the snapshot, the bytes read and stored and how long it took.
/// </summary>
public sealed record BackupStatus
{
    public required string Service { get; init; }
    public required string Day { get; init; }
    public required BackupState State { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset Since { get; init; }
    public DateTimeOffset? Started { get; init; }
    public DateTimeOffset? Ended { get; init; }
    public RunningProgress? Progress { get; init; }
    public string? SnapshotId { get; init; }
    public long? BytesRead { get; init; }
    public long? BytesStored { get; init; }
    public TimeSpan? Duration { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<string> Hooks { get; init; } = [];
    public IReadOnlyList<StepTime> Steps { get; init; } = [];
    /// <summary>After a success: the copy to the secondary target (null: none configured, or the backup did not succeed).</summary>
    public CopyStatus? Copy { get; init; }
    /// <summary>After a success on a prune day: the retention of each target holding the service's snapshots.</summary>
    public IReadOnlyList<PruneStatus> Prune { get; init; } = [];
    /// <summary>The snapshot's full name on the target (its id at the end).</summary>
    public string? SnapshotName { get; init; }
}

/// <summary>What the resource gate asks the probe.</summary>
public sealed record ResourceProbeRequest(string Service, Thresholds Thresholds, string? DiskPath);
