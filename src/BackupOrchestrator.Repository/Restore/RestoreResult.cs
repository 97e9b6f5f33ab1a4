namespace BackupOrchestrator.Repository.Restore;

/// <summary>What a restore did; <see cref="Errors"/> are entries refused (unsafe names), <see cref="Warnings"/> are things skipped.</summary>
public sealed class RestoreResult
{
    public long Files { get; set; }
    public long Bytes { get; set; }
    public List<string> Warnings { get; } = [];
    public List<string> Errors { get; } = [];
}
