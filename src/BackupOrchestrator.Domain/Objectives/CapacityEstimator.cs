using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Retention;

namespace BackupOrchestrator.Domain.Objectives;

/// <summary>
/// Estimates the space the retained backups take: size x retention factor / dedup ratio.
/// The factor (seed 004: ~3.3 for 7-1-1) is for the catalog's retention; a service with its
/// own retention scales it linearly with its number of restore points:
/// f_s = 1 + (f - 1) x (points_s - 1) / (points - 1).
/// Seed 004's check: 224 GB x 3.3 = 739.2 GB, within 1 TB.
/// </summary>
public static class CapacityEstimator
{
    public static CapacityEstimate Estimate(Catalog catalog, double? dedupRatio = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var factor = catalog.Capacity.RetentionFactor;
        var dedup = dedupRatio ?? catalog.Capacity.DedupRatio;
        if (dedup <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dedupRatio), dedup, "the dedup ratio must be above 0.");
        }

        var services = catalog.Services.Select(s =>
        {
            var raw = catalog.SizeOf(s);
            var f = FactorFor(catalog.RetentionOf(s), catalog.Retention, factor);
            return new ServiceCapacity(s.Name, raw, f, (long)Math.Round(raw * f / dedup));
        }).ToList();

        var raw = services.Sum(s => s.RawBytes);
        var stored = services.Sum(s => s.StoredBytes);
        var targets = catalog.Targets.All().Select(t => new TargetCapacity(t.Role, t.Capacity, stored)).ToList();
        return new CapacityEstimate(raw, factor, dedup, stored, services, targets);
    }

    /// <summary>The retention factor of <paramref name="rule"/> given that <paramref name="reference"/> has <paramref name="referenceFactor"/>.</summary>
    public static double FactorFor(RetentionRule rule, RetentionRule reference, double referenceFactor)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(reference);
        if (rule == reference || reference.RestorePoints <= 1)
        {
            return referenceFactor;
        }

        var points = Math.Max(1, rule.RestorePoints);
        return 1 + ((referenceFactor - 1) * (points - 1) / (reference.RestorePoints - 1));
    }
}
