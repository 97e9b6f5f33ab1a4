namespace BackupOrchestrator.Domain.Retention;

/// <summary>
/// The verdict for one snapshot: keep or remove, and every reason that led to it
/// (e.g. <c>daily 2026-11-21</c>, <c>weekly 2026-W47</c>, <c>newest good snapshot</c>,
/// or for a removal <c>matched no rule</c>).
/// </summary>
public sealed record RetentionDecision(SnapshotInfo Snapshot, bool Keep, IReadOnlyList<string> Reasons)
{
    public override string ToString() =>
        $"{(Keep ? "keep  " : "remove")} {Snapshot.Id} {Snapshot.Time:yyyy-MM-dd'T'HH:mm:sszzz}{(Snapshot.Good ? "" : " (not good)")}: {string.Join("; ", Reasons)}";
}
