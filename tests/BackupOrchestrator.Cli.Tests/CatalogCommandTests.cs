using System.Diagnostics;
using System.Text.Json;

namespace BackupOrchestrator.Cli.Tests;

/// <summary>
/// <c>backupctl validate</c> and <c>backupctl plan</c>, run as the real process on the
/// repository's catalogs and on small bad ones.
/// </summary>
public class CatalogCommandTests
{
    private const string Night = "2026-11-22";

    private static readonly string RepoRoot = FindRoot();

    private static string CatalogPath(string name) => Path.Combine(RepoRoot, "infra", "catalog", name);

    [Fact]
    public void Validate_Homelab_ExitsZeroWithTheQbittorrentWarnings()
    {
        var r = Backupctl("validate", "--catalog", CatalogPath("homelab.yaml"), "--date", Night);

        Assert.Equal(0, r.Exit);
        Assert.Contains("warning dependency-later [service sonarr]: sonarr (03:00) depends on qbittorrent, which is scheduled later (04:00)", r.Out, StringComparison.Ordinal);
        Assert.Contains("warning dependency-later [service radarr]: radarr (03:05) depends on qbittorrent", r.Out, StringComparison.Ordinal);
        Assert.Contains("homelab.yaml:151:17:", r.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 4 warning(s): valid", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProxmoxLab_ShowsSeed004sCapacityCheck()
    {
        var r = Backupctl("validate", "--catalog", CatalogPath("proxmox-lab.yaml"), "--date", Night);

        Assert.Equal(0, r.Exit);
        Assert.Contains("capacity: 224.0 GB raw x 3.3 retention / 1 dedup = 739.2 GB; targets: primary 1.0 TB (74%)", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadCatalog_ExitsOneWithFileLineAndColumn()
    {
        using var file = new TempCatalog("""
            windows:
              - {name: critical, start: "01:00"}
            services:
              - name: a
                tier: critical
                depends_on: [b]
                sources: [/a]
              - name: b
                tier: critical
                depends_on: [a]
                sources: [/b]
              - name: c
                tier: critical
                offset: 90m
            """);

        var r = Backupctl("validate", "--catalog", file.Path);

        Assert.Equal(1, r.Exit);
        Assert.Contains($"{file.Path}:6:17: error dependency-cycle [service a]: dependency cycle: a -> b -> a", r.Out, StringComparison.Ordinal);
        Assert.Contains($"{file.Path}:14:13: error offset-outside-window [service c]", r.Out, StringComparison.Ordinal);
        Assert.Contains($"{file.Path}:12:11: error no-source [service c]", r.Out, StringComparison.Ordinal);
        Assert.Contains("3 error(s), 0 warning(s): NOT valid", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YamlSyntaxError_ExitsOne()
    {
        using var file = new TempCatalog("services:\n  - name: a\n    tier: [critical\n");

        var r = Backupctl("validate", "--catalog", file.Path);

        Assert.Equal(1, r.Exit);
        Assert.Contains("error yaml-syntax", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsOne()
    {
        var r = Backupctl("validate", "--catalog", "/nonexistent/catalog.yaml");

        Assert.Equal(1, r.Exit);
        Assert.Contains("error file-not-found", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsDiagnosticsWithPositions()
    {
        var r = Backupctl("validate", "--catalog", CatalogPath("homelab.yaml"), "--date", Night, "--json");

        Assert.Equal(0, r.Exit);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(37, root.GetProperty("services").GetInt32());
        var first = root.GetProperty("diagnostics").EnumerateArray()
            .First(d => d.GetProperty("code").GetString() == "dependency-later");
        Assert.Equal("sonarr", first.GetProperty("service").GetString());
        Assert.Equal(151, first.GetProperty("line").GetInt32());
        Assert.Equal(17, first.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Plan_Homelab_PrintsGanttAndFigures()
    {
        var r = Backupctl("plan", "--catalog", CatalogPath("homelab.yaml"), "--date", Night);

        Assert.Equal(0, r.Exit);
        Assert.Contains("Night plan for homelab.yaml on 2026-11-22: 37 of 37 services, max 3 concurrent", r.Out, StringComparison.Ordinal);
        Assert.Contains("|01:00       02:00       03:00", r.Out, StringComparison.Ordinal);
        Assert.Contains("makespan      6h26m4s (01:00 to 07:26)", r.Out, StringComparison.Ordinal);
        Assert.Contains("window overflows: 2", r.Out, StringComparison.Ordinal);
        Assert.Contains("sonarr (media-core) ends 04:03", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Json_HasEveryBackupAndTheBounds()
    {
        var r = Backupctl("plan", "--catalog", CatalogPath("homelab.yaml"), "--date", Night, "--json");

        Assert.Equal(0, r.Exit);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.Equal(37, root.GetProperty("backups").GetArrayLength());
        Assert.Equal("06:26:04", root.GetProperty("makespan").GetString());
        Assert.Equal("06:26:04", root.GetProperty("lowerBound").GetString());
        Assert.Equal(["sonarr", "radarr"], root.GetProperty("overflows").EnumerateArray().Select(o => o.GetProperty("service").GetString()));
        var sonarr = root.GetProperty("backups").EnumerateArray().Single(b => b.GetProperty("service").GetString() == "sonarr");
        Assert.Equal("planned", sonarr.GetProperty("status").GetString());
        Assert.Equal("2026-11-22T03:00:00", sonarr.GetProperty("release").GetString());
        Assert.Equal(["qbittorrent"], sonarr.GetProperty("waitedFor").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void Plan_CatalogWithErrors_ExitsOneAndPrintsThem()
    {
        using var file = new TempCatalog("windows:\n  - {name: critical, start: \"01:00\"}\nservices:\n  - name: a\n    tier: critical\n");

        var r = Backupctl("plan", "--catalog", file.Path);

        Assert.Equal(1, r.Exit);
        Assert.Contains("error no-source [service a]", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Plan_BadDate_ExitsOneWithTheExpectedFormat()
    {
        var r = Backupctl("plan", "--catalog", CatalogPath("homelab.yaml"), "--date", "22.11.2026");

        Assert.Equal(1, r.Exit);
        Assert.Contains("YYYY-MM-DD", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Demo_ShowsTheChainAcrossTwoWindows()
    {
        var r = Backupctl("plan", "--catalog", CatalogPath("demo.yaml"), "--date", Night, "--json");

        Assert.Equal(0, r.Exit);
        using var json = JsonDocument.Parse(r.Out);
        var windows = json.RootElement.GetProperty("backups").EnumerateArray()
            .ToDictionary(b => b.GetProperty("service").GetString()!, b => b.GetProperty("tier").GetString());
        Assert.Equal(("critical", "apps", "apps"), (windows["database"], windows["webapp"], windows["search-index"]));
    }

    private sealed record Result(int Exit, string Out, string Err);

    private static Result Backupctl(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "backupctl.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"backupctl {string.Join(' ', args)} did not finish in 60 s");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private sealed class TempCatalog : IDisposable
    {
        public TempCatalog(string yaml)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(Path, yaml);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
