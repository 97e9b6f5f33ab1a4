using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Services;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Functions.Tests;

public sealed class ServiceBackupRunnerTests : IDisposable
{
    /// <summary>Writes 1 MB of 'x' every 20 ms, 100 times: a slow, cheap source for progress, the timeout and the size cap.</summary>
    private static readonly string[] SlowSource =
        ["python3", "-c", "import sys,time\nfor i in range(100):\n    sys.stdout.buffer.write(b'x'*1000000); sys.stdout.flush(); time.sleep(0.02)"];

    private readonly TestBox _box = new();

    public ServiceBackupRunnerTests()
    {
        RepositoryKey.CreateFile(_box.Options.KeyFile!);
        Directory.CreateDirectory(Path.Combine(_box.Data, "app"));
        File.WriteAllText(Path.Combine(_box.Data, "app", "settings.json"), "{\"theme\": \"dark\"}");
    }

    private string RepoPath => Path.Combine(_box.Root, "repo");

    public void Dispose() => _box.Dispose();

    private BackupJob Job(IReadOnlyList<JobSource>? sources = null, TimeSpan? timeout = null, long maxSize = 50_000_000_000) => new()
    {
        Day = "2026-12-01",
        Service = "webapp",
        InstanceId = "backup:2026-12-01:webapp",
        Sources = sources ?? [new JobSource(Path.Combine(_box.Data, "app"), null, null)],
        PreHooks = [["sh", "-c", "echo pre >> hooks.txt"]],
        PostHooks = [["sh", "-c", "echo post >> hooks.txt"]],
        DataRoot = _box.Data,
        Target = new TargetSpec("primary", TargetKind.Directory, null, null, null, RepoPath, null, null),
        Timeout = timeout ?? TimeSpan.FromMinutes(5),
        MaxSize = maxSize,
        ExpectedSize = 1000,
    };

    private string HookTrace => File.ReadAllText(Path.Combine(_box.Data, "hooks.txt"));

    private async Task<List<string>> SnapshotsAsync()
    {
        var repository = await BackupRepository.OpenAsync(TargetSpecParser.Parse("dir:" + RepoPath, (string?)null), RepositoryKey.Load(_box.Options.KeyFile!));
        return await new SnapshotStore(repository).ListNamesAsync();
    }

    [Fact]
    public async Task RunAsync_DirectoryTarget_SnapshotBetweenPreAndPostHooks()
    {
        var report = await _box.Runner.RunAsync(Job(), null, CancellationToken.None);

        Assert.Equal(BackupState.Succeeded, report.State);
        Assert.NotNull(report.SnapshotId);
        Assert.True(report.BytesRead > 0);
        Assert.Single(await SnapshotsAsync());
        Assert.Equal("pre\npost\n", HookTrace);
        Assert.Equal(["pre hook 1 ok", "post hook 1 ok"], report.Hooks);
        Assert.Contains("backup of webapp Succeeded", _box.Log("webapp_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingSource_FailsWithoutSnapshotAndStillRunsPostHooks()
    {
        var missing = Path.Combine(_box.Data, "mail");
        var report = await _box.Runner.RunAsync(Job([new JobSource(missing, null, null)]), null, CancellationToken.None);

        Assert.Equal(BackupState.Failed, report.State);
        Assert.StartsWith($"source {missing} does not exist", report.Reason, StringComparison.Ordinal);
        Assert.Equal("pre\npost\n", HookTrace);
        Assert.False(Directory.Exists(RepoPath) && (await SnapshotsAsync()).Count > 0);
    }

    [Fact]
    public async Task RunAsync_RunsLongerThanTheTimeout_TimedOutWithReasonNoSnapshotPostHooksRan()
    {
        var report = await _box.Runner.RunAsync(Job([new JobSource(null, SlowSource, "slow.bin")], timeout: TimeSpan.FromSeconds(1)), null, CancellationToken.None);

        Assert.Equal(BackupState.TimedOut, report.State);
        Assert.Equal("ran longer than limits.timeout (1s); stopped, no snapshot was recorded", report.Reason);
        Assert.Empty(await SnapshotsAsync());
        Assert.Equal("pre\npost\n", HookTrace);
    }

    [Fact]
    public async Task RunAsync_SourceLargerThanTheSizeCap_FailsWithReasonNoSnapshotPostHooksRan()
    {
        var report = await _box.Runner.RunAsync(Job([new JobSource(null, SlowSource, "slow.bin")], maxSize: 5_000_000), null, CancellationToken.None);

        Assert.Equal(BackupState.Failed, report.State);
        Assert.StartsWith("read more than limits.max_size (5.0 MB); stopped, no snapshot was recorded", report.Reason, StringComparison.Ordinal);
        Assert.Empty(await SnapshotsAsync());
        Assert.Equal("pre\npost\n", HookTrace);
    }

    [Fact]
    public async Task RunAsync_WhileRunning_ReportsBytesRateAndEta()
    {
        var reports = new List<RunningProgress>();
        var job = Job([new JobSource(null, ["python3", "-c", "import sys,time\nfor i in range(20):\n    sys.stdout.buffer.write(b'y'*500000); sys.stdout.flush(); time.sleep(0.03)"], "y.bin")]) with { ExpectedSize = 10_000_000 };
        var report = await _box.Runner.RunAsync(job, p => { lock (reports) { reports.Add(p); } return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(BackupState.Succeeded, report.State);
        lock (reports)
        {
            Assert.NotEmpty(reports);
            Assert.Contains(reports, p => p.BytesRead > 0 && p.BytesPerSecond > 0 && p.Eta is not null && p.BytesTotal == 10_000_000);
        }
    }

    [Fact]
    public async Task RunAsync_PreHookFails_BackupDoesNotRunPostHooksDo()
    {
        var job = Job() with { PreHooks = [["sh", "-c", "echo pre >> hooks.txt; exit 2"]] };
        var report = await _box.Runner.RunAsync(job, null, CancellationToken.None);

        Assert.Equal(BackupState.Failed, report.State);
        Assert.Equal("pre hook 1 (sh -c echo pre >> hooks.txt; exit 2) exited 2; the backup did not run", report.Reason);
        Assert.Equal("pre\npost\n", HookTrace);
        Assert.False(Directory.Exists(RepoPath));
    }

    [Fact]
    public async Task RunAsync_CommandSourceFails_ThrowsForTheRetryPolicyAfterPostHooks()
    {
        var job = Job([new JobSource(null, ["sh", "-c", "echo partial; exit 1"], "dump.sql")]);
        await Assert.ThrowsAnyAsync<Exception>(() => _box.Runner.RunAsync(job, null, CancellationToken.None));
        Assert.Equal("pre\npost\n", HookTrace);
        Assert.Contains("attempt failed (will be retried)", _box.Log("webapp_backup.log"), StringComparison.Ordinal);
    }
}
