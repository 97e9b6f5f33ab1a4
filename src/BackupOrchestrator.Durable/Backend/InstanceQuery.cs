namespace BackupOrchestrator.Durable.Backend;

/// <summary>Filter and paging for instance queries and bulk purge. Unset fields do not filter.</summary>
public sealed record InstanceQuery
{
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }
    public DateTime? CreatedFrom { get; init; }
    public DateTime? CreatedTo { get; init; }
    public string? InstanceIdPrefix { get; init; }
    /// <summary>Only instances started with exactly this version.</summary>
    public string? Version { get; init; }
    public int PageSize { get; init; } = 100;
    public string? ContinuationToken { get; init; }
    public bool FetchInputsAndOutputs { get; init; }

    public bool Matches(OrchestrationMetadata m) =>
        (Statuses is null || Statuses.Count == 0 || Statuses.Contains(m.RuntimeStatus)) &&
        (CreatedFrom is null || m.CreatedAt >= CreatedFrom) &&
        (CreatedTo is null || m.CreatedAt <= CreatedTo) &&
        (InstanceIdPrefix is null || m.InstanceId.StartsWith(InstanceIdPrefix, StringComparison.Ordinal)) &&
        (Version is null || m.Version == Version);
}

/// <summary>One page of a query; pass <see cref="ContinuationToken"/> back for the next page (null: last page).</summary>
public sealed record InstancePage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
