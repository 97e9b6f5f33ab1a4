namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// Resource limits (seed 000's defaults). <see cref="Timeout"/> bounds one backup's run;
/// <see cref="MaxDuration"/> bounds how long a backup may wait for its dependencies before
/// it is skipped with a reason; <see cref="MaxSize"/> is the largest expected backup.
/// </summary>
public sealed record Limits(int MaxConcurrent, TimeSpan Timeout, TimeSpan MaxDuration, long MaxSize)
{
    public static Limits Default { get; } = new(3, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(120), 50_000_000_000);
}
