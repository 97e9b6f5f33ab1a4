namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// Inputs of the capacity estimate: stored bytes = raw size x <see cref="RetentionFactor"/> / <see cref="DedupRatio"/>.
/// The factor is how much space the retained restore points take relative to one full copy;
/// seed 004 uses ~3.3 for 7-1-1 ("~224 GB raw, ~740 GB stored").
/// </summary>
public sealed record CapacitySettings(double RetentionFactor, double DedupRatio)
{
    public static CapacitySettings Default { get; } = new(3.3, 1.0);
}
