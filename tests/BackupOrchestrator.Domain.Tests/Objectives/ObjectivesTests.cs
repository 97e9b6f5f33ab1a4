using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Objectives;
using BackupOrchestrator.Domain.Retention;

namespace BackupOrchestrator.Domain.Tests.Objectives;

public class ObjectivesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Capacity_ProxmoxLab_IsSeed004s740GbWithinOneTerabyte()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("proxmox-lab.yaml"));

        var estimate = CapacityEstimator.Estimate(catalog);

        Assert.Equal(224_000_000_000, estimate.RawBytes);
        Assert.Equal(739_200_000_000, estimate.EstimatedBytes);
        Assert.Equal(3, estimate.Targets.Count);
        Assert.All(estimate.Targets, t => Assert.True(t.Fits));
        Assert.All(estimate.Targets, t => Assert.Equal(0.7392, t.Usage!.Value, 4));
    }

    [Fact]
    public void Capacity_DedupRatio_DividesTheEstimate()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("proxmox-lab.yaml"));

        Assert.Equal(369_600_000_000, CapacityEstimator.Estimate(catalog, dedupRatio: 2).EstimatedBytes);
    }

    [Fact]
    public void Capacity_ServiceRetentionOverride_ScalesFactorByRestorePoints()
    {
        // 7-1-1 has 9 points and factor 3.3; 17 points: 1 + 2.3 x 16 / 8 = 5.6.
        var f = CapacityEstimator.FactorFor(new RetentionRule(Daily: 14, Weekly: 2, Monthly: 1), RetentionRule.SevenOneOne, 3.3);

        Assert.Equal(5.6, f, 6);
    }

    [Fact]
    public void Rpo_RecentBackup_IsMet_OldOneBreached_NoneIsNoBackup()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("proxmox-lab.yaml"));
        var ad1 = catalog.FindService("service-ad-1")!;

        Assert.Equal(ObjectiveStatus.Met, RecoveryObjectives.EvaluateRpo(catalog, ad1, Now.AddHours(-7), Now).Status);
        var breached = RecoveryObjectives.EvaluateRpo(catalog, ad1, Now.AddHours(-25), Now);
        Assert.Equal((ObjectiveStatus.Breached, TimeSpan.FromHours(25)), (breached.Status, breached.Age!.Value));
        Assert.Equal(ObjectiveStatus.NoBackup, RecoveryObjectives.EvaluateRpo(catalog, ad1, null, Now).Status);
    }

    [Fact]
    public void Rto_EstimatesFromSizeAndMeasuredRate()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("proxmox-lab.yaml"));
        var ad1 = catalog.FindService("service-ad-1")!; // 48GB, RTO 2h

        var atCatalogRate = RecoveryObjectives.EvaluateRto(catalog, ad1); // 100 MB/s: 8 minutes
        var slowDisk = RecoveryObjectives.EvaluateRto(catalog, ad1, measuredRestoreRate: 5_000_000); // 5 MB/s: 2h40m

        Assert.Equal((ObjectiveStatus.Met, TimeSpan.FromMinutes(8)), (atCatalogRate.Status, atCatalogRate.EstimatedRestore));
        Assert.Equal((ObjectiveStatus.Breached, TimeSpan.FromMinutes(160)), (slowDisk.Status, slowDisk.EstimatedRestore));
    }
}
