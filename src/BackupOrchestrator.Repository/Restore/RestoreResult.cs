namespace BackupOrchestrator.Repository.Restore;

/// <summary>What a restore did; <see cref="Errors"/> are entries refused (unsafe names), <see cref="Warnings"/> are things skipped.</summary>
public sealed class RestoreResult
{
    public long Files { get; set; }
    public long Bytes { get; set; }
    /// <summary>How long the final sync took: the restored tree is on disk when the restore returns.</summary>
    public TimeSpan SyncTime { get; set; }
    public List<string> Warnings { get; } = [];
    public List<string> Errors { get; } = [];
}
