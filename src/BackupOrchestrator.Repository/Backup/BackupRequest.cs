using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>One backup of one service.</summary>
public sealed record BackupRequest(string Service, IReadOnlyList<BackupSource> Sources)
{
    public string Host { get; init; } = Environment.MachineName;
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>When true, a file that cannot be read fails the backup instead of being reported and skipped.</summary>
    public bool FailOnUnreadable { get; init; }
}

/// <summary>Tuning of a backup run; the defaults suit a 2-core box.</summary>
public sealed class BackupOptions
{
    /// <summary>Parallel compress+encrypt workers.</summary>
    public int Sealers { get; init; } = Math.Max(2, Environment.ProcessorCount);
    /// <summary>Packs (~8 MiB each) stored at once (more for a blob target, where each write waits on the network); each holds one pack buffer.</summary>
    public int Uploaders { get; init; } = 2;
    /// <summary>Take unchanged entries over from the service's newest snapshot without reading them (false reads every file).</summary>
    public bool UseParent { get; init; } = true;
    /// <summary>How long to wait for a running prune before giving up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(500);
    public Microsoft.Extensions.Logging.ILogger Logger { get; init; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    /// <summary>Hash of each entry's bytes (default: what suits this CPU, see <see cref="Snapshots.EntryHash"/>).</summary>
    internal string EntryHash { get; init; } = Snapshots.EntryHash.Preferred;
    /// <summary>Test seam: opens a file for reading (default: File.OpenHandle).</summary>
    internal Func<string, SafeFileHandle>? OpenFile { get; init; }
    /// <summary>Test seam: runs after the stream is stored, before the manifest is written.</summary>
    internal Func<Task>? BeforeCommit { get; init; }
}

/// <summary>Progress of a backup, reported to a callback at most every <see cref="BackupOptions.ProgressInterval"/> and once at the end.</summary>
/// <param name="BytesRead">Bytes of the tar stream produced so far, read from sources or reused from the parent snapshot.</param>
/// <param name="BytesWritten">Sealed bytes written to the target (new chunks only).</param>
/// <param name="BytesTotal">Estimated stream length (the parent snapshot's), or null when unknown.</param>
public sealed record BackupProgress(long BytesRead, long BytesWritten, long? BytesTotal, double BytesPerSecond, TimeSpan? Eta, string? CurrentPath);

public sealed record BackupResult(SnapshotManifest Snapshot, IReadOnlyList<string> Warnings)
{
    /// <summary>Where the pipeline's time went (backupctl backup --profile prints it).</summary>
    public StageClock? Stages { get; init; }
}
