namespace BackupOrchestrator.Domain.Planning;

/// <summary>One window's share of the night.</summary>
public sealed record WindowSummary(string Window, DateTime Start, DateTime End, int Services, DateTime? LastEnd, int Overflowing);

/// <summary>
/// The planner's prediction for one night: every backup's start and end, the makespan
/// (first window start to last end), the critical path (the longest chain of releases and
/// dependencies, ignoring the concurrency limit), the work bound (total work divided by the
/// concurrency) and the lower bound max(critical path, work bound) that no schedule can beat.
/// </summary>
public sealed record NightPlan
{
    public required DateOnly Date { get; init; }

    /// <summary>Start of the night: the earliest window start or release.</summary>
    public required DateTime NightStart { get; init; }

    public required int MaxConcurrent { get; init; }

    public required long Throughput { get; init; }

    /// <summary>All services in catalog order.</summary>
    public required IReadOnlyList<PlannedBackup> Backups { get; init; }

    public required IReadOnlyList<WindowSummary> Windows { get; init; }

    /// <summary>Last planned end minus <see cref="NightStart"/>.</summary>
    public required TimeSpan Makespan { get; init; }

    /// <summary>The services of the critical path, first to last.</summary>
    public required IReadOnlyList<string> CriticalPath { get; init; }

    /// <summary>End of the critical path minus <see cref="NightStart"/>.</summary>
    public required TimeSpan CriticalPathLength { get; init; }

    /// <summary>
    /// The longest chain of dependencies by duration alone (as if every backup were released at
    /// once): what would bound the night without the stagger.
    /// </summary>
    public required IReadOnlyList<string> LongestChain { get; init; }

    /// <summary>Sum of the durations along <see cref="LongestChain"/>.</summary>
    public required TimeSpan LongestChainLength { get; init; }

    /// <summary>Sum of the durations of all planned backups.</summary>
    public required TimeSpan TotalWork { get; init; }

    /// <summary><see cref="TotalWork"/> divided by <see cref="MaxConcurrent"/>.</summary>
    public TimeSpan WorkBound => TimeSpan.FromSeconds(Math.Ceiling(TotalWork.TotalSeconds / MaxConcurrent));

    /// <summary>max(<see cref="CriticalPathLength"/>, <see cref="WorkBound"/>).</summary>
    public TimeSpan LowerBound => CriticalPathLength > WorkBound ? CriticalPathLength : WorkBound;

    /// <summary>The most backups running at once.</summary>
    public required int PeakConcurrency { get; init; }

    public DateTime NightEnd => NightStart + Makespan;

    public IEnumerable<PlannedBackup> Overflows => Backups.Where(b => b.Overflow > TimeSpan.Zero);

    public IEnumerable<PlannedBackup> Skipped => Backups.Where(b => b.Status == PlanStatus.Skipped);
}
