using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Tests.Validation;

/// <summary>Warnings: the catalog is usable but a night will not go as written.</summary>
public class ValidationWarningTests
{
    private static string Catalog(string services, string extra = "") =>
        CatalogText.Windows + extra + "services:\n" + services;

    [Fact]
    public void DependencyLater_Homelab_NamesSonarrAndRadarrWaitingOnQbittorrent()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml"));

        var warnings = CatalogValidator.Validate(catalog, CatalogText.Night)
            .Where(d => d.Code == DiagnosticCodes.DependencyLater)
            .ToList();

        Assert.Equal(["sonarr", "radarr"], warnings.Select(w => w.Service));
        Assert.All(warnings, w => Assert.Contains("depends on qbittorrent, which is scheduled later (04:00)", w.Message, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.EndsWith("homelab.yaml", w.Location.File, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.True(w.Location.Line > 0));
    }

    [Fact]
    public void Validate_Homelab_HasNoErrorsAndOnlyTheSeedsKnownProblems()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog("homelab.yaml"));

        var diagnostics = CatalogValidator.Validate(catalog, CatalogText.Night);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(
            ["dependency-later sonarr", "dependency-later radarr", "window-overflow sonarr", "window-overflow radarr"],
            diagnostics.Select(d => $"{d.Code} {d.Service}").OrderBy(s => s.StartsWith("window", StringComparison.Ordinal)));
    }

    [Fact]
    public void DependencyLater_SameWindowLaterOffset_IsWarned()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog("""
                  - {name: a, tier: critical, offset: 0m, depends_on: [b], expected_size: 1MB, sources: [/a]}
                  - {name: b, tier: critical, offset: 10m, expected_size: 1MB, sources: [/b]}
                """),
            DiagnosticCodes.DependencyLater));

        Assert.Equal("a", w.Service);
        Assert.Contains("(01:10)", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RpoUnmeetable_WeeklyCronAgainstDailyRpo_IsWarned()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog("  - {name: a, tier: critical, cron: \"0 0 1 * * 0\", expected_size: 1MB, sources: [/a]}\n"),
            DiagnosticCodes.RpoUnmeetable));

        Assert.Contains("up to 7d between backups, more than its RPO of 24h", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RpoUnmeetable_DailyScheduleWithTwelveHourRpo_IsWarned()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog("  - {name: a, tier: critical, rpo: 12h, expected_size: 1MB, sources: [/a]}\n"),
            DiagnosticCodes.RpoUnmeetable));

        Assert.Equal("a", w.Service);
    }

    [Fact]
    public void RpoUnmeetable_TwiceDailyCronMeetsTwelveHours()
    {
        Assert.Empty(CatalogText.Warnings(
            Catalog("  - {name: a, tier: critical, rpo: 12h, cron: \"0 0 1,13 * * *\", expected_size: 1MB, sources: [/a]}\n"),
            DiagnosticCodes.RpoUnmeetable));
    }

    [Fact]
    public void WindowOverflow_SlotContention_IsWarnedWithTheReason()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog(
                """
                  - {name: a, tier: critical, offset: 0m, expected_size: 2GB, sources: [/a]}
                  - {name: b, tier: critical, offset: 0m, expected_size: 2GB, sources: [/b]}
                """,
                "limits:\n  max_concurrent: 1\n  timeout: 1h\nplanning:\n  throughput: 1MB/s\n  overhead: 0s\n"),
            DiagnosticCodes.WindowOverflow));

        Assert.Equal("b", w.Service);
        Assert.Contains("after waiting 33m20s for a free slot", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CapacityExceeded_EstimateOverTarget_IsWarnedAtTheTarget()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog(
                "  - {name: a, tier: critical, expected_size: 400GB, sources: [/a]}\n",
                "limits:\n  max_size: 1TB\n  timeout: 10h\ntargets:\n  primary: {kind: blob, connection_setting: S, container: c, capacity: 1TB}\n"),
            DiagnosticCodes.CapacityExceeded));

        Assert.Contains("1.0 TB but the backups are estimated at 1.3 TB (400.0 GB raw x 3.3 retention / 1 dedup)", w.Message, StringComparison.Ordinal);
        Assert.Equal(14, w.Location.Line);
    }

    [Fact]
    public void TimeoutAndSize_ExpectedOverLimits_AreWarned()
    {
        var yaml = Catalog(
            "  - {name: big, tier: critical, expected_size: 60GB, sources: [/a]}\n",
            "planning:\n  throughput: 10MB/s\n");

        Assert.Single(CatalogText.Warnings(yaml, DiagnosticCodes.TimeoutExceeded));
        Assert.Single(CatalogText.Warnings(yaml, DiagnosticCodes.SizeExceeded));
    }

    [Fact]
    public void DependencySkipped_PredictedSkip_IsWarned()
    {
        var w = Assert.Single(CatalogText.Warnings(
            Catalog(
                """
                  - {name: a, tier: critical, offset: 0m, depends_on: [b], expected_size: 1MB, sources: [/a]}
                  - {name: b, tier: apps, offset: 0m, expected_size: 1MB, sources: [/b]}
                """,
                "limits:\n  max_duration: 30m\n"),
            DiagnosticCodes.DependencySkipped));

        Assert.Contains("waited 30m (max_duration) for b", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTargets_IsWarned()
    {
        Assert.Single(CatalogText.Warnings(Catalog("  - {name: a, tier: critical, sources: [/a]}\n"), DiagnosticCodes.NoTargets));
    }
}
