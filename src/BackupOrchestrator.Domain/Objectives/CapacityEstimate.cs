namespace BackupOrchestrator.Domain.Objectives;

/// <summary>One service's share of the stored bytes.</summary>
public sealed record ServiceCapacity(string Service, long RawBytes, double RetentionFactor, long StoredBytes);

/// <summary>One target's capacity against the estimate; <see cref="Capacity"/> null means unknown (never "over").</summary>
public sealed record TargetCapacity(string Role, long? Capacity, long EstimatedBytes)
{
    public bool Fits => Capacity is not { } c || EstimatedBytes <= c;

    /// <summary>Estimated bytes / capacity, or null when the capacity is unknown.</summary>
    public double? Usage => Capacity is { } c && c > 0 ? EstimatedBytes / (double)c : null;
}

/// <summary>
/// The capacity estimate: raw bytes of all services times their retention factor, divided by
/// the dedup ratio; every target of the 3-2-1 set holds a full copy, so each is checked against
/// the same total.
/// </summary>
public sealed record CapacityEstimate(
    long RawBytes,
    double RetentionFactor,
    double DedupRatio,
    long EstimatedBytes,
    IReadOnlyList<ServiceCapacity> Services,
    IReadOnlyList<TargetCapacity> Targets);
