using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Tests.Catalogs;

/// <summary>The catalogs shipped in infra/catalog load without errors and say what the seeds say.</summary>
public class CatalogFilesTests
{
    [Fact]
    public void Demo_Loads_WithSevenServicesOverDemoData()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("demo.yaml"));

        Assert.Equal(7, c.Services.Count);
        Assert.Equal(RepoPaths.Root, c.DataRoot);
        var db = Assert.IsType<CommandSource>(c.FindService("database")!.Sources.Single());
        Assert.Equal("app-db.sql", db.StreamName);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "mail"), ((PathSource)c.FindService("mail-archive")!.Sources[0]).ResolvedPath);
        Assert.Equal(TargetKind.Blob, c.Targets.Primary!.Kind);
        Assert.Equal("UseDevelopmentStorage=true", c.Targets.Primary.Connection);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "backups", "secondary"), c.Targets.Secondary!.Path);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "keys", "demo.key"), c.EncryptionKeyFile);
    }

    [Fact]
    public void Homelab_HasSeed000sServicesTiersAndOffsets()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml"));

        Assert.Equal(37, c.Services.Count); // seed 000 lists 37 services (6+5+6+5+4+5+6)
        Assert.Equal(["critical", "high", "media-core", "media-download", "media-playback", "files", "utility"], c.Windows.Select(w => w.Name));
        Assert.Equal(Enumerable.Range(1, 7).Select(h => new TimeOnly(h, 0)), c.Windows.Select(w => w.Start));
        var night = new DateOnly(2026, 11, 22);
        // The seed's "05:01" is minute 5 of the 01:00 window; "25:07" minute 25 of 07:00.
        Assert.Equal(new DateTime(2026, 11, 22, 1, 5, 0), c.ScheduleOf(c.FindService("traefik")!).ReleaseOn(night));
        Assert.Equal(new DateTime(2026, 11, 22, 7, 25, 0), c.ScheduleOf(c.FindService("pi-hole")!).ReleaseOn(night));
        Assert.Equal(new DateTime(2026, 11, 22, 4, 0, 0), c.ScheduleOf(c.FindService("qbittorrent")!).ReleaseOn(night));
    }

    [Fact]
    public void Homelab_HasTheSeedsDependenciesExactlyAsWritten()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml"));

        var withDependencies = c.Services.Where(s => s.DependsOn.Count > 0)
            .ToDictionary(s => s.Name, s => string.Join(",", s.DependsOn));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["sonarr"] = "postgresql,qbittorrent",
                ["radarr"] = "postgresql,qbittorrent",
                ["jellyfin"] = "postgresql,sonarr,radarr",
                ["nextcloud"] = "postgresql,redis",
            },
            withDependencies);
    }

    [Fact]
    public void Homelab_BackupSchedules_AcceptsTheSeedsFiveFieldCron()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml"));

        Assert.Equal("0 0 3 * * *", c.BackupSchedules["sonarr"].Expression);
        Assert.Equal("0 5 3 * * *", c.BackupSchedules["radarr"].Expression);
    }

    [Fact]
    public void ProxmoxLab_HasSeed004sNineVmsWithTiersObjectivesSizesAndNodes()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("proxmox-lab.yaml"));

        Assert.Equal(9, c.Services.Count);
        var ad1 = c.FindService("service-ad-1")!;
        Assert.Equal(("critical", "macmi-pve-51", 48_000_000_000L), (ad1.Tier, ad1.Node, ad1.ExpectedSize!.Value));
        Assert.Equal((TimeSpan.FromHours(24), TimeSpan.FromHours(2)), (c.RpoOf(ad1)!.Value, c.RtoOf(ad1)!.Value));
        Assert.Equal(("medium", "macmi-pve-52"), (c.FindService("service-ad-2")!.Tier, c.FindService("service-ad-2")!.Node));
        Assert.Equal("macmi-pve-53", c.FindService("vm-ubuntu")!.Node);
        Assert.Equal(4, c.Services.Count(s => s.Tier == "low"));
        Assert.All(c.Windows, w => Assert.InRange(w.Start, new TimeOnly(2, 0), new TimeOnly(5, 0)));
        Assert.All(c.Targets.All(), t => Assert.Equal(1_000_000_000_000, t.Capacity));
        Assert.Equal(RetentionRuleOf711(), c.Retention);
    }

    private static Domain.Retention.RetentionRule RetentionRuleOf711() => Domain.Retention.RetentionRule.SevenOneOne;
}
