using BackupOrchestrator.Functions.Night;

namespace BackupOrchestrator.Functions.Http;

/// <summary>The optional body of POST services/{service}/run: a run id makes a repeated request the same run.</summary>
public sealed record RunRequest(string? RunId);

/// <summary>A run on request accepted: its instance, its run id, where to look, and whether an earlier request with that run id had started it.</summary>
public sealed record ManualRunView(string Service, string InstanceId, string RunId, string StatusUrl, bool AlreadyStarted);

/// <summary>A run on request as it stands.</summary>
public sealed record ManualRunStatusView(string Service, string InstanceId, string RunId, string RuntimeStatus, BackupStatus? Status);

/// <summary>A window started now: its instance, its night, where to look.</summary>
public sealed record WindowRunView(string Window, string Day, string InstanceId, string StatusUrl);

/// <summary>A night's failed services retried: each with the services it started (itself, then its skipped dependents), and those refused with why.</summary>
public sealed record NightRetryView(string Day, IReadOnlyList<RetryOutcome> Retried, IReadOnlyList<RetryOutcome> Refused, string StatusUrl);

/// <summary>One dependency of a service on a night: its state there and, once it ended, the reason or snapshot.</summary>
public sealed record DependencyView(string Service, string State, string? Reason, string? SnapshotId);

/// <summary>
/// Seed 000's dependency_checker.sh: the service's dependencies on a night, and whether its dependency gate would
/// open now. <see cref="Gate"/> is <c>open</c>, <c>closed</c> (a dependency ended other than Succeeded: it would be
/// skipped) or <c>waiting</c> (one has not ended); <see cref="Reason"/> says which and why.
/// </summary>
public sealed record DependencyCheckView(string Service, string Day, string Gate, bool Open, string Reason, IReadOnlyList<DependencyView> Dependencies);

/// <summary>One reading against its threshold: <c>ok</c>, <c>over</c>, or <c>n/a</c> (not measurable here, never holds the gate).</summary>
public sealed record ResourceView(string Name, double? Percent, int Threshold, string State);

/// <summary>
/// Seed 000's resource_monitor.sh: the machine now against the catalog's thresholds; <see cref="Ok"/> when the
/// resource gate would open. The cpu reading leaves out this app's own processes; <see cref="OwnCpuPercent"/> is theirs.
/// </summary>
public sealed record ResourcesView(DateTimeOffset At, bool Ok, IReadOnlyList<ResourceView> Readings, string? DiskPath, IReadOnlyList<string> Over, double? OwnCpuPercent = null);
