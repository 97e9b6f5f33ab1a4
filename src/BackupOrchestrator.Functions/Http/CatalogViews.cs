namespace BackupOrchestrator.Functions.Http;

/// <summary>The catalog as the monitor shows it: its clock, windows, targets, thresholds and each service against its objectives.</summary>
public sealed record CatalogView(
    string Name,
    string File,
    string TimeZone,
    string UtcOffset,
    DateTimeOffset Now,
    string Tonight,
    string NextNight,
    int MaxConcurrent,
    bool ReadOnly,
    string Retention,
    ThresholdsView Thresholds,
    IReadOnlyList<CatalogWindowView> Windows,
    IReadOnlyList<TargetView> Targets,
    CapacityView Capacity,
    IReadOnlyList<CatalogServiceView> Services,
    IReadOnlyList<string> Errors);

public sealed record ThresholdsView(double Cpu, double Memory, double Disk, double Io);

public sealed record CatalogWindowView(string Name, string Start, double LengthSeconds, double? RpoSeconds, double? RtoSeconds);

/// <summary>A target: where it is, its capacity, what its snapshots hold (null when unread), and the read error if any.</summary>
public sealed record TargetView(string Role, string Kind, string Where, long? Capacity, int? Snapshots, long? StoredBytes, string? Error);

/// <summary>Seed 004's estimate: raw bytes × retention factor ÷ dedup ratio, against each target's capacity.</summary>
public sealed record CapacityView(long RawBytes, double RetentionFactor, double DedupRatio, long EstimatedBytes, IReadOnlyList<TargetCapacityView> Targets);

public sealed record TargetCapacityView(string Role, long? Capacity, long EstimatedBytes, double? Usage, bool Fits);

/// <summary>One service: schedule, objectives, its last good backup on the primary target and its plan.</summary>
public sealed record CatalogServiceView
{
    public required string Name { get; init; }
    public required string Tier { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<string> DependsOn { get; init; }
    public required string Schedule { get; init; }
    public required string Retention { get; init; }
    public required long ExpectedSize { get; init; }
    public double? RpoSeconds { get; init; }
    public double? RtoSeconds { get; init; }
    public LastBackupView? LastGood { get; init; }
    public double? AgeSeconds { get; init; }
    /// <summary>Met, Breached, NoBackup (as bad as Breached) or NoObjective.</summary>
    public required string RpoStatus { get; init; }
    public required double EstimatedRestoreSeconds { get; init; }
    public required string RtoStatus { get; init; }
    /// <summary>The last nights' backups, oldest first: when and how long.</summary>
    public required IReadOnlyList<DurationPoint> Durations { get; init; }
    public DateTimeOffset? NextRun { get; init; }
    public DateTimeOffset? PlannedStart { get; init; }
    public DateTimeOffset? PlannedEnd { get; init; }
    public required string PlanStatus { get; init; }
    public string? PlanReason { get; init; }
}

/// <summary>The newest snapshot of a service: its id, when, bytes read, bytes it stored (all its snapshots), and read ÷ stored.</summary>
public sealed record LastBackupView(string SnapshotId, DateTimeOffset Time, long BytesRead, long BytesStored, double DedupRatio, int Snapshots);

public sealed record DurationPoint(DateTimeOffset Time, double Seconds);

/// <summary>A night's plan (the planner's) on that night's clock: each bar in night time and in real time.</summary>
public sealed record NightPlanView(
    string Day,
    bool Started,
    string TimeZone,
    double TimeCompression,
    int MaxConcurrent,
    DateTimeOffset NightStart,
    DateTimeOffset NightEnd,
    IReadOnlyList<PlannedBarView> Backups);

public sealed record PlannedBarView(
    string Service,
    string Tier,
    IReadOnlyList<string> DependsOn,
    string Status,
    string? Reason,
    DateTimeOffset? Release,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    DateTimeOffset? RealStart,
    DateTimeOffset? RealEnd);
