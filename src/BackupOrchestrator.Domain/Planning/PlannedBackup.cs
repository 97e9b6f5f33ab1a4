namespace BackupOrchestrator.Domain.Planning;

public enum PlanStatus
{
    /// <summary>Runs tonight from <see cref="PlannedBackup.Start"/> to <see cref="PlannedBackup.End"/>.</summary>
    Planned,

    /// <summary>Released but never started: a dependency did not finish in time or was skipped.</summary>
    Skipped,

    /// <summary>Its schedule has no release on this day (e.g. a weekly cron).</summary>
    NotScheduled,
}

/// <summary>
/// One service's backup in the night plan. Times are wall-clock times of the plan's day.
/// <see cref="Release"/> is when its schedule lets it go; it starts when its dependencies are
/// done and a concurrency slot is free. <see cref="Overflow"/> is how far it ends past its
/// window (zero when inside).
/// </summary>
public sealed record PlannedBackup
{
    public required string Service { get; init; }

    public required string Tier { get; init; }

    public required PlanStatus Status { get; init; }

    public DateTime? Release { get; init; }

    public DateTime? Start { get; init; }

    public DateTime? End { get; init; }

    /// <summary>Expected duration from size, throughput and overhead.</summary>
    public TimeSpan Duration { get; init; }

    public long Size { get; init; }

    /// <summary>The end of the service's tier window on the plan's day.</summary>
    public DateTime WindowEnd { get; init; }

    /// <summary>Dependencies that were still running or pending at release and so delayed it.</summary>
    public IReadOnlyList<string> WaitedFor { get; init; } = [];

    /// <summary>Time spent waiting for a free concurrency slot once its dependencies were done.</summary>
    public TimeSpan SlotWait { get; init; }

    /// <summary>Why it was skipped or not scheduled.</summary>
    public string? Reason { get; init; }

    public TimeSpan Wait => Start is { } s && Release is { } r ? s - r : TimeSpan.Zero;

    public TimeSpan Overflow => End is { } e && e > WindowEnd ? e - WindowEnd : TimeSpan.Zero;
}
