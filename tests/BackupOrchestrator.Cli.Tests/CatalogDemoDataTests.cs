using System.Diagnostics;
using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Cli.Tests;

/// <summary>scripts/demo-data.sh produces what infra/catalog/demo.yaml backs up (real script, real files, real python3).</summary>
public class CatalogDemoDataTests
{
    [Fact]
    public void DemoData_AfterScript_EverySourceExistsExceptTheMissingOne()
    {
        var root = RepoRoot();
        Run(root, "bash", "scripts/demo-data.sh");
        var catalog = CatalogLoader.Load(Path.Combine(root, "infra", "catalog", "demo.yaml"));

        var missing = catalog.Services
            .SelectMany(s => s.PathSources.Select(p => (s.Name, p.ResolvedPath)))
            .Where(x => !File.Exists(x.ResolvedPath) && !Directory.Exists(x.ResolvedPath))
            .Select(x => x.Name)
            .ToList();

        Assert.Equal(["mail-archive"], missing);
    }

    [Fact]
    public void DemoData_DatabaseCommandSource_DumpsSql()
    {
        var root = RepoRoot();
        Run(root, "bash", "scripts/demo-data.sh");
        var catalog = CatalogLoader.Load(Path.Combine(root, "infra", "catalog", "demo.yaml"));
        var source = catalog.FindService("database")!.CommandSources.Single();

        var sql = Run(catalog.DataRoot, source.Argv[0], [.. source.Argv.Skip(1)]);

        Assert.StartsWith("BEGIN TRANSACTION;", sql, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE users", sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"orders\" VALUES(5000,", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoData_SecondRun_ChangesNothing()
    {
        var root = RepoRoot();
        Run(root, "bash", "scripts/demo-data.sh");
        var before = Snapshot(Path.Combine(root, "demo-data"));

        var output = Run(root, "bash", "scripts/demo-data.sh");

        Assert.Contains("already present", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Path.Combine(root, "demo-data")));
    }

    private static string Snapshot(string dir) => string.Join('\n',
        new[] { "config", "docs", "webapp", "media", "search", "db" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(dir, d), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}"));

    private static string Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string RepoRoot()
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
}
