using System.Diagnostics;

namespace BackupOrchestrator.Cli.Tests;

/// <summary>Runs the built backupctl as a process against real folders.</summary>
public sealed class RepositoryCommandsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cli-repo-" + Guid.NewGuid().ToString("N")[..10]);

    public RepositoryCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data/sub"));
        File.WriteAllText(Path.Combine(_root, "data/a.txt"), "alpha");
        File.WriteAllText(Path.Combine(_root, "data/sub/b.txt"), "beta");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Repo => Path.Combine(_root, "repo");
    private string Key => Path.Combine(_root, "key.json");

    [Fact]
    public async Task KeyInit_Backup_Snapshots_RestoreTar_Verify_Stats()
    {
        var init = await RunAsync("key", "init", "--key", Key);
        var backup = await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"), "--command", "dump.sql=echo hello");
        var list = await RunAsync("snapshots", "-r", Repo, "-k", Key);
        var tar = Path.Combine(_root, "out.tar");
        var restore = await RunAsync("restore", "latest:files", "-r", Repo, "-k", Key, "--tar", tar);
        var gnu = await RunProcessAsync("tar", "-tf", tar);
        var verify = await RunAsync("verify", "-r", Repo, "-k", Key);
        var stats = await RunAsync("stats", "-r", Repo, "-k", Key);

        Assert.Equal(0, init.Exit);
        Assert.DoesNotContain("secret", init.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.True(backup.Exit == 0, backup.Stderr);
        Assert.Contains("snapshot ", backup.Stdout);
        Assert.Contains("read ", backup.Stderr);
        Assert.Contains("files", list.Stdout);
        Assert.Equal(0, restore.Exit);
        Assert.Contains("data/sub/b.txt", gnu.Stdout);
        Assert.Contains("commands/dump.sql.part-000000", gnu.Stdout);
        Assert.StartsWith("ok:", verify.Stdout.Split('\n')[^2]);
        Assert.Contains("dedup ratio", stats.Stdout);
    }

    [Fact]
    public async Task RestoreOnlyOneFile_AndPruneDryRunShowsReasons()
    {
        await RunAsync("key", "init", "--key", Key);
        await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        var target = Path.Combine(_root, "restored");

        var restore = await RunAsync("restore", "latest", "-r", Repo, "-k", Key, "--to", target, "--only", Path.Combine(_root, "data/sub/b.txt"));
        var prune = await RunAsync("prune", "-r", Repo, "-k", Key, "--dry-run", "--keep-last", "1", "--keep-daily", "0", "--keep-weekly", "0", "--keep-monthly", "0");

        Assert.True(restore.Exit == 0, restore.Stderr);
        // The file lands in --to under its own name, not under its whole absolute source path.
        Assert.Equal("beta", File.ReadAllText(Path.Combine(target, "b.txt")));
        Assert.Equal([Path.Combine(target, "b.txt")], Directory.EnumerateFileSystemEntries(target, "*", SearchOption.AllDirectories));
        Assert.Contains("keep  ", prune.Stdout);
        Assert.Contains("last 1", prune.Stdout);
        Assert.Contains("remove", prune.Stdout);
        Assert.Contains("matched no rule", prune.Stdout);
        Assert.Contains("would delete", prune.Stdout);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Repo, "snapshots")).Length);
    }

    [Fact]
    public async Task RestoreBesideARunningPrune_SaysOnStderrThatItWaits_AndRestoresOnceThePruneEnds()
    {
        await RunAsync("key", "init", "--key", Key);
        await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        // A prune's lock as another machine's backupctl writes it (docs/repository-format.md, "Locks").
        var now = DateTimeOffset.UtcNow;
        var prune = Path.Combine(Repo, "locks", "prune-00aa11bb22cc33dd");
        File.WriteAllText(prune, $$"""{"kind":"prune","host":"nas-2","pid":4242,"created":"{{now:O}}","refreshed":"{{now:O}}"}""");
        var target = Path.Combine(_root, "restored");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Backupctl, "restore", "latest", "-r", Repo, "-k", Key, "--to", target })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var firstLine = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(process.HasExited);
        File.Delete(prune);
        var rest = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(firstLine);
        Assert.StartsWith("A prune is running on directory ", firstLine, StringComparison.Ordinal);
        Assert.Contains("(host nas-2, pid 4242, since ", firstLine, StringComparison.Ordinal);
        Assert.EndsWith("waits for it to finish, up to 30 minutes.", firstLine, StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, await rest);
        Assert.Contains("restored ", await stdout, StringComparison.Ordinal);
        Assert.Equal("beta", File.ReadAllText(Path.Combine(target, _root.TrimStart('/'), "data/sub/b.txt")));
    }

    [Fact]
    public async Task WrongKey_ExitsOne_WithAClearMessage()
    {
        await RunAsync("key", "init", "--key", Key);
        await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        var other = Path.Combine(_root, "other.json");
        await RunAsync("key", "init", "--key", other);

        var result = await RunAsync("snapshots", "-r", Repo, "-k", other);

        Assert.Equal(1, result.Exit);
        Assert.Contains("Wrong key", result.Stderr);
    }

    [Fact]
    public async Task BackupOfACatalogService_TakesItsPathAndCommandSources()
    {
        var catalog = Path.Combine(_root, "catalog.yaml");
        File.WriteAllText(catalog, $"""
            version: 1
            name: test
            data_root: {_root}
            timezone: UTC
            windows:
              - name: critical
                start: "01:00"
                length: 1h
                rpo: 24h
                rto: 1h
            services:
              - name: app
                tier: critical
                sources:
                  - data/sub
                  - command: ["sh", "-c", "echo dumped from $PWD"]
                    name: app.sql
            """);
        await RunAsync("key", "init", "--key", Key);

        var backup = await RunAsync("backup", "-r", Repo, "-k", Key, "--catalog", catalog, "--service", "app");
        var target = Path.Combine(_root, "restored");
        var restore = await RunAsync("restore", "latest:app", "-r", Repo, "-k", Key, "--to", target);
        var missing = await RunAsync("backup", "-r", Repo, "-k", Key, "--catalog", catalog, "--service", "nope");

        Assert.True(backup.Exit == 0, backup.Stderr + backup.Stdout);
        Assert.True(restore.Exit == 0, restore.Stderr);
        // A whole snapshot keeps its absolute paths below --to.
        Assert.Equal("beta", File.ReadAllText(Path.Combine(target, _root.TrimStart('/'), "data/sub/b.txt")));
        Assert.False(File.Exists(Path.Combine(target, _root.TrimStart('/'), "data/a.txt")));
        Assert.Equal($"dumped from {_root}\n", File.ReadAllText(Path.Combine(target, "commands/app.sql")));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no service 'nope'", missing.Stderr);
    }

    [Fact]
    public async Task RestoreOnly_AFolderGivenRelativeToTheCurrentFolder_LandsUnderItsOwnName_AndARestoreAgainReplacesIt()
    {
        await RunAsync("key", "init", "--key", Key);
        await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        var target = Path.Combine(_root, "restored");
        Directory.CreateDirectory(Path.Combine(target, "sub"));
        File.WriteAllText(Path.Combine(target, "sub/b.txt"), "stale");

        var restore = await RunInAsync(_root, "restore", "latest:files", "-r", Repo, "-k", Key, "--to", target, "--only", "data/sub");
        var missing = await RunInAsync(_root, "restore", "latest:files", "-r", Repo, "-k", Key, "--to", target, "--only", "data/nope");

        Assert.True(restore.Exit == 0, restore.Stderr);
        Assert.Contains($"to {Path.Combine(target, "sub")}", restore.Stdout);
        Assert.Equal("beta", File.ReadAllText(Path.Combine(target, "sub/b.txt")));
        Assert.Equal(1, missing.Exit);
        Assert.Contains("has no file or folder", missing.Stderr);
        // Nothing of the staging folders is left behind, whether the restore worked or not.
        Assert.Equal([Path.Combine(target, "sub")], Directory.EnumerateFileSystemEntries(target));
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) => RunInAsync(null, args);

    [Fact]
    public async Task Backup_ThatNeedsMoreThanItsHeapCap_SaysWhichCapToSet_AndLeavesNoSnapshot()
    {
        await RunAsync("key", "init", "--key", Key);

        // 8 MiB cannot hold one pack buffer (8.1 MiB), so the backup runs out of heap before any snapshot is written.
        var backup = await RunProcessAsync("dotnet", [Backupctl, "backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data")],
            null, new Dictionary<string, string> { ["BACKUPCTL_HEAP_LIMIT_MB"] = "8" });

        Assert.Equal(1, backup.Exit);
        Assert.Contains("more than backupctl's heap cap of 8 MiB", backup.Stderr, StringComparison.Ordinal);
        Assert.Contains("BACKUPCTL_HEAP_LIMIT_MB=16, or 0 for none", backup.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", backup.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Repo, "snapshots")) && Directory.EnumerateFileSystemEntries(Path.Combine(Repo, "snapshots")).Any(),
            "a backup that ran out of heap must not leave a snapshot");
        // The same backup with the default cap goes through.
        var again = await RunAsync("backup", "-r", Repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"));
        Assert.True(again.Exit == 0, again.Stderr);
    }

    private static string Backupctl => Path.Combine(AppContext.BaseDirectory, "backupctl.dll");

    private static Task<(int Exit, string Stdout, string Stderr)> RunInAsync(string? workingDirectory, params string[] args) =>
        RunProcessAsync("dotnet", [Backupctl, .. args], workingDirectory);

    private static Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(string file, params string[] args) => RunProcessAsync(file, args, null);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(string file, string[] args, string? workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
