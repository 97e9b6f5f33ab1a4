using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Repository.Maintenance;

namespace BackupOrchestrator.Functions.Integrity;

/// <summary>
/// One target's integrity check: every manifest opened, a share of the chunks read back and checked (tag, hash);
/// each bad or missing chunk with the snapshots and files it breaks. <see cref="Error"/>: it could not be checked.
/// </summary>
public sealed record TargetIntegrity
{
    /// <summary>The catalog's role of the target (<c>primary</c>, <c>secondary</c>, <c>offsite</c>).</summary>
    public required string Target { get; init; }
    public required string Where { get; init; }
    /// <summary>The target's lock instance: the same place under another role or catalog has the same id.</summary>
    public required string LockId { get; init; }
    public required DateTimeOffset Checked { get; init; }
    public required double Sample { get; init; }
    public bool Ok { get; init; }
    public int Snapshots { get; init; }
    public int ChunksReferenced { get; init; }
    public int ChunksChecked { get; init; }
    public IReadOnlyList<ChunkProblem> Problems { get; init; } = [];
    public IReadOnlyList<string> DamagedSnapshots { get; init; } = [];
    public IReadOnlyList<string> DamagedIndexes { get; init; } = [];
    public string? Error { get; init; }
}

/// <summary>Where a day's integrity check is (written as a word wherever it is serialized).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<IntegrityState>))]
public enum IntegrityState
{
    Running,
    /// <summary>Every target checked and found whole.</summary>
    Passed,
    /// <summary>A target has a bad chunk, a damaged manifest or index, or could not be checked.</summary>
    Failed,
}

/// <summary>The custom status and output of <c>integrity:DAY</c>: each target's result as it comes.</summary>
public sealed record IntegrityStatus
{
    public required string Day { get; init; }
    public required IntegrityState State { get; init; }
    public required DateTimeOffset Started { get; init; }
    public DateTimeOffset? Ended { get; init; }
    /// <summary>What started it: <c>timer</c> or <c>request</c>.</summary>
    public required string Trigger { get; init; }
    public IReadOnlyList<TargetIntegrity> Targets { get; init; } = [];
    /// <summary>The target being checked now, or waiting for its lock (a prune holds it).</summary>
    public string? Current { get; init; }
}

/// <summary>The input of <c>integrity:DAY</c>: the catalog's targets, the share to read, the key (a path), how often to reclaim.</summary>
public sealed record IntegrityRun(string Day, string Trigger, IReadOnlyList<TargetSpec> Targets, double Sample, string? KeyFile);

/// <summary>What the verify activity checks.</summary>
public sealed record VerifyJob(string Day, TargetSpec Target, double Sample, string? KeyFile);
