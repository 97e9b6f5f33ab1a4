namespace BackupOrchestrator.Domain.Retention;

/// <summary>
/// What retention needs to know about one snapshot: its id, when it was taken and whether it
/// is good (its manifest is complete and, if verified, verification passed).
/// </summary>
public sealed record SnapshotInfo(string Id, DateTimeOffset Time, bool Good = true);
