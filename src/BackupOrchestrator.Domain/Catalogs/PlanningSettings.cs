namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// Inputs of the night planner and the RTO estimate: backup <see cref="Throughput"/> and
/// <see cref="RestoreRate"/> in bytes per second, a fixed <see cref="Overhead"/> per backup
/// (hooks, snapshot, manifest) and the <see cref="DefaultSize"/> of a service without
/// <c>expected_size</c>.
/// </summary>
public sealed record PlanningSettings(long Throughput, long RestoreRate, TimeSpan Overhead, long DefaultSize)
{
    public static PlanningSettings Default { get; } = new(50_000_000, 100_000_000, TimeSpan.FromMinutes(1), 1_000_000_000);

    /// <summary>Expected duration of a backup of <paramref name="size"/> bytes, whole seconds, rounded up.</summary>
    public TimeSpan BackupDuration(long size) =>
        Overhead + TimeSpan.FromSeconds(Math.Ceiling(size / (double)Throughput));

    /// <summary>Expected restore time of <paramref name="size"/> bytes at <paramref name="restoreRate"/> (default: <see cref="RestoreRate"/>).</summary>
    public TimeSpan RestoreDuration(long size, long? restoreRate = null) =>
        TimeSpan.FromSeconds(Math.Ceiling(size / (double)(restoreRate ?? RestoreRate)));
}
