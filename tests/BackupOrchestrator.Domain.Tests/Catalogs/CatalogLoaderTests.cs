using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Tests.Catalogs;

public class CatalogLoaderTests
{
    private const string Minimal = """
        windows:
          - name: critical
            start: "01:00"
            rpo: 24h
            rto: 2h
        services:
          - name: postgresql
            tier: critical
            offset: 15m
            expected_size: 5GB
            sources:
              - data/pg
              - command: [pg_dumpall, -U, postgres]
                name: pg_dumpall.sql
            pre_hooks:
              - [docker, stop, postgresql]
            post_hooks:
              - [docker, start, postgresql]
        """;

    [Fact]
    public void Parse_MinimalCatalog_AppliesSeedDefaults()
    {
        var result = CatalogLoader.Parse(Minimal, "mini.yaml", "/srv/catalog");

        Assert.Empty(result.Diagnostics);
        var c = result.Catalog!;
        Assert.Equal(3, c.Limits.MaxConcurrent);
        Assert.Equal(TimeSpan.FromMinutes(30), c.Limits.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(120), c.Limits.MaxDuration);
        Assert.Equal(50_000_000_000, c.Limits.MaxSize);
        Assert.Equal(new Thresholds(80, 80, 90, 80), c.Thresholds);
        Assert.Equal(new Domain.Retention.RetentionRule(Daily: 7, Weekly: 1, Monthly: 1), c.Retention);
    }

    [Fact]
    public void Parse_Service_ReadsSourcesHooksAndTierObjectives()
    {
        var c = CatalogLoader.Parse(Minimal, "mini.yaml", "/srv/catalog").Catalog!;

        var pg = c.FindService("postgresql")!;
        Assert.Equal(TimeSpan.FromMinutes(15), pg.Offset);
        Assert.Equal(5_000_000_000, pg.ExpectedSize);
        Assert.Equal(new PathSource("data/pg", "/srv/catalog/data/pg"), pg.Sources[0]);
        var dump = Assert.IsType<CommandSource>(pg.Sources[1]);
        Assert.Equal(["pg_dumpall", "-U", "postgres"], dump.Argv);
        Assert.Equal("pg_dumpall.sql", dump.StreamName);
        Assert.Equal(["docker", "stop", "postgresql"], pg.PreHooks[0]);
        Assert.Equal(["docker", "start", "postgresql"], pg.PostHooks[0]);
        Assert.Equal(TimeSpan.FromHours(24), c.RpoOf(pg));
        Assert.Equal(TimeSpan.FromHours(2), c.RtoOf(pg));
        Assert.Equal(new DateTime(2026, 11, 22, 1, 15, 0), c.ScheduleOf(pg).ReleaseOn(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void Parse_DataRoot_IsRelativeToCatalogFolder()
    {
        var c = CatalogLoader.Parse("data_root: ../data\n" + Minimal, "mini.yaml", "/srv/catalog").Catalog!;

        Assert.Equal("/srv/data", c.DataRoot);
        Assert.Equal("/srv/data/data/pg", ((PathSource)c.Services[0].Sources[0]).ResolvedPath);
    }

    [Fact]
    public void Parse_ServiceLocation_IsLineAndColumnOfItsName()
    {
        var c = CatalogLoader.Parse(Minimal, "mini.yaml", "/srv/catalog").Catalog!;

        var location = c.Services[0].Location;
        Assert.Equal(("mini.yaml", 7, 11), (location.File, location.Line, location.Column));
    }

    [Fact]
    public void Parse_EmptyValue_MeansDefault()
    {
        var c = CatalogLoader.Parse(Minimal + "\nlimits:\nretention:\n  daily: 3\n  within: ~\n", "mini.yaml", "/srv/catalog").Catalog!;

        Assert.Equal(Limits.Default, c.Limits);
        Assert.Equal(new Domain.Retention.RetentionRule(Daily: 3), c.Retention);
    }

    [Fact]
    public void Parse_Targets_ReadsKindsCapacityAndResolvesDirectoryPath()
    {
        var yaml = Minimal + """

            targets:
              primary: {kind: blob, connection_setting: AzureWebJobsStorage, container: backups, capacity: 1TB}
              secondary: {kind: directory, path: ../backups}
            encryption:
              key_file: keys/backup.key
            """;

        var c = CatalogLoader.Parse(yaml, "mini.yaml", "/srv/catalog").Catalog!;

        Assert.Equal(new TargetSpec("primary", TargetKind.Blob, null, "AzureWebJobsStorage", "backups", null, 1_000_000_000_000, null), c.Targets.Primary);
        Assert.Equal("/srv/backups", c.Targets.Secondary!.Path);
        Assert.Null(c.Targets.Offsite);
        Assert.Equal("/srv/catalog/keys/backup.key", c.EncryptionKeyFile);
    }

    [Fact]
    public void Parse_CommandSourceWithoutName_NamesStreamAfterProgram()
    {
        var yaml = string.Join('\n', Minimal.Split('\n').Where(l => !l.Contains("name: pg_dumpall.sql", StringComparison.Ordinal)));

        var c = CatalogLoader.Parse(yaml, "mini.yaml", "/srv/catalog").Catalog!;

        Assert.Equal("pg_dumpall.out", ((CommandSource)c.Services[0].Sources[1]).StreamName);
    }
}
