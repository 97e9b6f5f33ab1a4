using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Functions.Services;

/// <summary>One source of a job: a path (absolute), or a command (argv) whose stdout is stored as <see cref="Name"/>.</summary>
public sealed record JobSource(string? Path, IReadOnlyList<string>? Command, string? Name);

/// <summary>
/// Everything one backup of one service needs, taken from the night's catalog when its window started (so a
/// catalog changed mid-night never reaches a running night). No secrets: blob targets name their connection
/// string's app setting, the key is a file path.
/// </summary>
public sealed record BackupJob
{
    public required string Day { get; init; }
    public required string Service { get; init; }
    /// <summary>The service's orchestration instance (where progress goes).</summary>
    public required string InstanceId { get; init; }
    public required IReadOnlyList<JobSource> Sources { get; init; }
    public IReadOnlyList<IReadOnlyList<string>> PreHooks { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> PostHooks { get; init; } = [];
    /// <summary>Working directory of commands and hooks (the catalog's data_root).</summary>
    public required string DataRoot { get; init; }
    /// <summary>The catalog's primary target (3-2-1: the copy to the others comes after a success).</summary>
    public TargetSpec? Target { get; init; }
    /// <summary>The catalog's encryption.key_file; the app setting Backup__KeyFile wins when set.</summary>
    public string? KeyFile { get; init; }
    /// <summary>
    /// This attempt of the backup (the orchestration's id for it, stable under replay; null: none). Its snapshot is
    /// tagged <c>run:ID</c>, so an activity run again after a crash (at least once) finds the snapshot it already
    /// wrote instead of writing a second one. A retry of the service is a new attempt with a new id.
    /// </summary>
    public string? RunId { get; init; }
    /// <summary>When this attempt began (the orchestration's time): the earlier snapshot is looked for from there on.</summary>
    public DateTimeOffset RunStarted { get; init; }
    public TimeSpan Timeout { get; init; }
    public long MaxSize { get; init; }
    public long ExpectedSize { get; init; }

    /// <summary>The job of <paramref name="service"/> in <paramref name="catalog"/> for the night of <paramref name="day"/>.</summary>
    public static BackupJob From(Catalog catalog, ServiceDefinition service, string day, string instanceId) => new()
    {
        Day = day,
        Service = service.Name,
        InstanceId = instanceId,
        Sources = service.Sources.Select(s => s switch
        {
            PathSource p => new JobSource(p.ResolvedPath, null, null),
            CommandSource c => new JobSource(null, c.Argv, c.StreamName),
            _ => throw new InvalidOperationException($"unknown source kind {s.GetType().Name}"),
        }).ToList(),
        PreHooks = service.PreHooks,
        PostHooks = service.PostHooks,
        DataRoot = catalog.DataRoot,
        Target = catalog.Targets.Primary,
        KeyFile = catalog.EncryptionKeyFile,
        Timeout = catalog.Limits.Timeout,
        MaxSize = catalog.Limits.MaxSize,
        ExpectedSize = catalog.SizeOf(service),
    };
}

/// <summary>A running backup's progress: bytes read from the sources and stored (new, sealed), the rate and the ETA.</summary>
public sealed record RunningProgress(long BytesRead, long BytesStored, long? BytesTotal, double BytesPerSecond, TimeSpan? Eta);

/// <summary>
/// How one backup ended when it ended cleanly: Succeeded (with the snapshot), Failed (a reason no retry fixes:
/// a missing source, a failing pre hook, the size cap, a full target) or TimedOut. Transient failures are not
/// reported here: the activity throws them, so the orchestration's retry policy runs it again.
/// </summary>
public sealed record BackupReport(
    BackupState State,
    string? Reason,
    string? SnapshotId,
    long BytesRead,
    long BytesStored,
    TimeSpan Duration,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Hooks)
{
    /// <summary>The snapshot's full name on the target (what a copy names), with <see cref="SnapshotId"/> at its end.</summary>
    public string? SnapshotName { get; init; }
}
