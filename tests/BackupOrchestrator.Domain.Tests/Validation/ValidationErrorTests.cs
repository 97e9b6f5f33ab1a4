using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Tests.Validation;

/// <summary>Each validation error on a small bad catalog, with where it points.</summary>
public class ValidationErrorTests
{
    private static string Catalog(string services, string extra = "") =>
        CatalogText.Windows + "services:\n" + services + extra;

    [Fact]
    public void YamlSyntax_UnclosedQuote_ReportsLineAndColumn()
    {
        var yaml = "windows:\n  - name: critical\n    start: \"01:00\n  - name: x\n";

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.YamlSyntax);

        Assert.Equal(CatalogText.File, e.Location.File);
        Assert.True(e.Location.Line >= 3, e.ToString());
        Assert.StartsWith("YAML syntax", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlSyntax_BadIndentation_PointsAtTheLine()
    {
        var yaml = "services:\n  - name: a\n    tier: critical\n   sources: [x]\n";

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.YamlSyntax);

        Assert.Equal(4, e.Location.Line);
    }

    [Fact]
    public void YamlSyntax_UnclosedFlowList_IsReportedNotThrown()
    {
        var e = CatalogText.SingleError("services: [a, b\nlimits: {}\n", DiagnosticCodes.YamlSyntax);

        Assert.True(e.Location.Line >= 1, e.ToString());
    }

    [Fact]
    public void YamlSyntax_FileEndsInsideFlowList_SaysUnclosed()
    {
        var e = CatalogText.SingleError("a: [1, 2\nb: 3\n", DiagnosticCodes.YamlSyntax);

        Assert.Contains("unclosed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OffsiteConnection_HoldingASas_IsAnError_PointingAtConnectionSetting()
    {
        var yaml = Catalog("""
              - name: web
                tier: apps
                sources: [/srv/web]
            """, """

            targets:
              offsite: {kind: blob, container: offsite, connection: "BlobEndpoint=https://x.blob.core.windows.net;SharedAccessSignature=sv=2026-06-06&sig=abc"}
            """);

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.BadValue);

        Assert.Equal("targets.offsite.connection holds a secret (an account key or SAS).", e.Message);
        Assert.Contains("connection_setting", e.Hint);
    }

    [Fact]
    public void DevelopmentStorageConnection_IsNoSecret()
    {
        var yaml = Catalog("""
              - name: web
                tier: apps
                sources: [/srv/web]
            """, """

            targets:
              primary: {kind: blob, container: backups, connection: UseDevelopmentStorage=true}
            """);

        Assert.DoesNotContain(CatalogText.Diagnose(yaml), d => d.Code == DiagnosticCodes.BadValue);
    }

    [Fact]
    public void UnknownKey_InService_NamesKeyServiceAndSuggestion()
    {
        var yaml = Catalog("""
              - name: web
                tier: apps
                dependson: [db]
                sources: [/srv/web]
            """);

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.UnknownKey);

        Assert.Equal(("web", 13, 5), (e.Service, e.Location.Line, e.Location.Column));
        Assert.Contains("'dependson'", e.Message, StringComparison.Ordinal);
        Assert.Contains("depends_on", e.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_AtTopLevel_IsReported()
    {
        var e = CatalogText.SingleError(Catalog("  - name: web\n    tier: apps\n    sources: [/srv/web]\n", "colour: blue\n"), DiagnosticCodes.UnknownKey);

        Assert.Contains("'colour'", e.Message, StringComparison.Ordinal);
        Assert.Equal(14, e.Location.Line);
    }

    [Fact]
    public void DuplicateService_PointsAtSecondAndNamesFirstLine()
    {
        var yaml = Catalog("""
              - name: web
                tier: apps
                sources: [/srv/web]
              - name: web
                tier: critical
                sources: [/srv/web2]
            """);

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.DuplicateService);

        Assert.Equal(14, e.Location.Line);
        Assert.Contains("first at line 11", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDependency_PointsAtDependsOn()
    {
        var yaml = Catalog("""
              - name: web
                tier: apps
                depends_on: [postgres]
                sources: [/srv/web]
            """);

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.UnknownDependency);

        Assert.Equal(("web", 13), (e.Service, e.Location.Line));
        Assert.Contains("'postgres'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyCycle_PrintsTheCycle()
    {
        var yaml = Catalog("""
              - name: c
                tier: apps
                depends_on: [a]
                sources: [/c]
              - name: a
                tier: apps
                depends_on: [b]
                sources: [/a]
              - name: b
                tier: apps
                depends_on: [c]
                sources: [/b]
            """);

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.DependencyCycle);

        Assert.Contains("a -> b -> c -> a", e.Message, StringComparison.Ordinal);
        Assert.Equal("a", e.Service);
    }

    [Fact]
    public void DependencyCycle_SelfDependency_IsReported()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    depends_on: [a]\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.DependencyCycle);

        Assert.Contains("itself", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0 61 3 * * *\"", "not valid")]
    [InlineData("\"0 3 * * *\"", "has 5 fields")]
    [InlineData("\"every night\"", "has 2 fields")]
    public void BadCron_OnService_IsReportedWithFix(string cron, string expected)
    {
        var yaml = Catalog($"  - name: a\n    tier: apps\n    cron: {cron}\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.BadCron);

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal((13, 11), (e.Location.Line, e.Location.Column));
    }

    [Fact]
    public void BadCron_InBackupSchedules_IsReported()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    sources: [/a]\n", "backup_schedules:\n  a: \"0 25 * * *\"\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.BadCron);

        Assert.Equal(15, e.Location.Line);
    }

    [Fact]
    public void BackupSchedules_UnknownService_IsReported()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    sources: [/a]\n", "backup_schedules:\n  b: \"0 3 * * *\"\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.UnknownScheduleService);

        Assert.Equal("b", e.Service);
    }

    [Theory]
    [InlineData("\"05:01\"")]
    [InlineData("-5m")]
    [InlineData("soon")]
    public void BadOffset_IsReportedWithTheSeedNotationHint(string offset)
    {
        var yaml = Catalog($"  - name: a\n    tier: apps\n    offset: {offset}\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.BadOffset);

        Assert.Contains("offset: 5m", e.Hint, StringComparison.Ordinal);
        Assert.Equal(13, e.Location.Line);
    }

    [Fact]
    public void BadOffset_TogetherWithCron_IsReported()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    offset: 5m\n    cron: \"0 0 3 * * *\"\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.BadOffset);

        Assert.Contains("both offset and cron", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OffsetOutsideWindow_NamesWindowAndBounds()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    offset: 75m\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.OffsetOutsideWindow);

        Assert.Contains("1h15m", e.Message, StringComparison.Ordinal);
        Assert.Contains("apps (02:00-03:00)", e.Message, StringComparison.Ordinal);
        Assert.Equal((13, 13), (e.Location.Line, e.Location.Column));
    }

    [Theory]
    [InlineData("max_concurrent: 0", "limits.max_concurrent is 0")]
    [InlineData("max_concurrent: -2", "limits.max_concurrent is -2")]
    [InlineData("timeout: 0m", "limits.timeout is 0s")]
    [InlineData("max_duration: 0", "limits.max_duration is 0s")]
    [InlineData("max_size: 0GB", "limits.max_size is 0 B")]
    public void NonPositiveLimit_IsReportedAtItsLine(string limit, string expected)
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n    sources: [/a]\n", $"limits:\n  {limit}\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.NonPositiveLimit);

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(15, e.Location.Line);
    }

    [Fact]
    public void NonPositiveLimit_ZeroLengthWindow_IsReportedAtTheLength()
    {
        var yaml = "windows:\n  - name: w\n    start: \"01:00\"\n    length: 0m\nservices:\n  - {name: a, tier: w, sources: [/a]}\n";

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.NonPositiveLimit);

        Assert.Equal((4, 13), (e.Location.Line, e.Location.Column));
    }

    [Fact]
    public void YamlSyntax_EmptyFile_SaysItIsEmpty()
    {
        var e = CatalogText.SingleError("# nothing but a comment\n", DiagnosticCodes.YamlSyntax);

        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSource_IsReportedAtTheService()
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.NoSource);

        Assert.Equal(("a", 11), (e.Service, e.Location.Line));
    }

    [Fact]
    public void UnknownTier_ListsTheWindows()
    {
        var yaml = Catalog("  - name: a\n    tier: nightly\n    sources: [/a]\n");

        var e = CatalogText.SingleError(yaml, DiagnosticCodes.UnknownTier);

        Assert.Contains("critical, apps", e.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTier_IsReported()
    {
        var e = CatalogText.SingleError(Catalog("  - name: a\n    sources: [/a]\n"), DiagnosticCodes.MissingKey);

        Assert.Contains("no tier", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    expected_size: lots\n", "expected_size 'lots' is not a size")]
    [InlineData("    rpo: yesterday\n", "rpo 'yesterday' is not a duration")]
    [InlineData("    pre_hooks:\n      - docker stop a\n", "argv array")]
    [InlineData("    sources:\n      - command: []\n", "is empty")]
    public void BadValue_IsReported(string line, string expected)
    {
        var yaml = Catalog("  - name: a\n    tier: apps\n" + line + (line.Contains("sources", StringComparison.Ordinal) ? "" : "    sources: [/a]\n"));

        var diagnostics = CatalogText.Diagnose(yaml);

        Assert.Contains(diagnostics, d => d.IsError && d.Code == DiagnosticCodes.BadValue && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CatalogWithErrors_ThrowsListingThemAll()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Catalog("  - name: a\n    tier: apps\n    depends_on: [zz]\n  - name: b\n    tier: apps\n    sources: [/b]\n"));
        try
        {
            var ex = Assert.Throws<CatalogException>(() => CatalogLoader.Load(path));

            Assert.Equal(2, ex.Errors.Count);
            Assert.Contains("unknown-dependency", ex.Message, StringComparison.Ordinal);
            Assert.Contains("no-source", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_ReportsInsteadOfThrowing()
    {
        var result = CatalogLoader.Read("/nonexistent/catalog.yaml");

        Assert.Null(result.Catalog);
        Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Single(result.Diagnostics).Code);
    }
}
