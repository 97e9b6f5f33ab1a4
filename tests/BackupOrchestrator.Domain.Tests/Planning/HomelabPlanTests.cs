using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Planning;

namespace BackupOrchestrator.Domain.Tests.Planning;

/// <summary>The plan of infra/catalog/homelab.yaml (seed 000) for a fixed night.</summary>
public class HomelabPlanTests
{
    private static readonly DateOnly Night = new(2026, 11, 22);

    private static NightPlan Plan() => NightPlanner.Plan(CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml")), Night);

    [Fact]
    public void Plan_Homelab_MatchesGolden()
    {
        Golden.AssertMatches("plan-homelab.txt", NightPlanText.Render(Plan(), "homelab.yaml"));
    }

    [Fact]
    public void Plan_Homelab_SonarrAndRadarrWaitForQbittorrentAndOverflow()
    {
        var plan = Plan();

        var qbittorrent = plan.Backups.Single(b => b.Service == "qbittorrent");
        foreach (var name in new[] { "sonarr", "radarr" })
        {
            var b = plan.Backups.Single(b => b.Service == name);
            Assert.Equal(["qbittorrent"], b.WaitedFor);
            Assert.True(b.Start >= qbittorrent.End);
            Assert.True(b.Overflow > TimeSpan.Zero);
        }

        Assert.Equal(["sonarr", "radarr"], plan.Overflows.Select(b => b.Service));
    }

    [Fact]
    public void Plan_Homelab_RunsAllServicesWithinSevenHoursAndThreeSlots()
    {
        var plan = Plan();

        Assert.Equal(37, plan.Backups.Count);
        Assert.All(plan.Backups, b => Assert.Equal(PlanStatus.Planned, b.Status));
        Assert.Equal(new DateTime(2026, 11, 22, 1, 0, 0), plan.NightStart);
        Assert.True(plan.PeakConcurrency <= 3);
        Assert.True(plan.Makespan >= plan.LowerBound);
        Assert.True(plan.NightEnd < new DateTime(2026, 11, 22, 8, 0, 0));
    }

    [Fact]
    public void Plan_Homelab_IsDeterministic()
    {
        Assert.Equal(NightPlanText.Render(Plan(), "h"), NightPlanText.Render(Plan(), "h"));
    }
}
