using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Functions.Http;

/// <summary>One snapshot in a list: what, when, how big.</summary>
public sealed record SnapshotItem(string Id, string ShortId, string Service, DateTimeOffset Time, IReadOnlyList<string> Tags, int Entries, long BytesRead, long BytesStoredNew, double Seconds, IReadOnlyList<string> Warnings)
{
    public static SnapshotItem Of(SnapshotSummary s) => new(s.Id, s.ShortId, s.Service, s.Time, s.Tags, s.EntryCount, s.Stats.BytesRead, s.Stats.BytesStoredNew, s.Stats.Seconds, s.Warnings);
}

/// <summary>A target's snapshots, newest first, and the manifests that did not load.</summary>
public sealed record SnapshotListView(string Target, IReadOnlyList<SnapshotItem> Snapshots, IReadOnlyList<string> Errors);

/// <summary>One entry of a folder of a snapshot.</summary>
public sealed record TreeEntry(string Name, string Path, string Type, long Size, DateTimeOffset? Modified);

public sealed record SnapshotTreeView(SnapshotItem Snapshot, string Path, IReadOnlyList<TreeEntry> Entries);

/// <summary>What the monitor asks to restore: an absolute folder on the server and, optionally, one path of the snapshot.</summary>
public sealed record RestoreRequest(string? To, string? Path);

/// <summary>A restore job as the API shows it: its status and where to ask for it again.</summary>
public sealed record RestoreStatusView(Services.RestoreJobView Restore, string StatusUrl);
