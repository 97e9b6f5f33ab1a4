using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

public sealed class ConcurrencyAndTargetTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task PruneBesideRunningBackup_NeverDeletesAChunkTheBackupNeeds()
    {
        var repository = await _t.OpenAsync();
        var shared = _t.WriteRandom("data/shared.bin", 2 * 1024 * 1024, seed: 7);
        var sharedBytes = File.ReadAllBytes(shared);
        var old = await _t.BackupAsync(repository);              // the only snapshot holding shared.bin's chunks
        File.Delete(shared);
        _t.Write("data/other.txt", "other");
        await _t.BackupAsync(repository);                        // newest: without shared.bin
        File.WriteAllBytes(shared, sharedBytes);                 // back again: the running backup dedups against old chunks

        var atCommit = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var options = new BackupOptions
        {
            BeforeCommit = async () =>
            {
                atCommit.SetResult();
                await release.Task;
            },
        };
        var running = _t.BackupAsync(repository, options: options);
        await atCommit.Task;

        var pruned = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        release.SetResult();
        var backup = await running;

        Assert.Contains(pruned.Decisions, d => d.Snapshot == old.Snapshot.Name && !d.Keep);
        Assert.NotNull(pruned.SweepSkipped);
        Assert.Equal(0, pruned.ChunksDeleted);
        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(backup.Snapshot, restoreRoot);
        Assert.Equal(sharedBytes, File.ReadAllBytes(_t.Restored(restoreRoot, shared)));

        // With no backup running, the next prune sweeps, and still keeps what the kept snapshots need.
        var second = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        Assert.Null(second.SweepSkipped);
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task PruneBesideRunningRestore_DefersTheSweep_AndTheRestoreOfTheForgottenSnapshotCompletes()
    {
        var repository = await _t.OpenAsync();
        // Larger than a pack (~8 MiB): some of the old snapshot's packs hold none of the newer one's chunks.
        var only = _t.WriteRandom("data/only-in-old.bin", 20 * 1024 * 1024, seed: 31);
        var onlyBytes = File.ReadAllBytes(only);
        var old = await _t.BackupAsync(repository);              // the only snapshot that holds only-in-old.bin
        File.Delete(only);
        _t.Write("data/other.txt", "other");
        await _t.BackupAsync(repository);

        // The restore of the old snapshot has taken its lock and waits at its first pack read.
        var gated = new GatedTarget(_t.Target);
        var restoring = new Restorer(await BackupRepository.OpenAsync(gated, _t.Key)).ToDirectoryAsync(old.Snapshot, _t.RestorePath());
        await gated.Reached;

        var pruned = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        gated.Open();
        var restored = await restoring;

        Assert.Contains(pruned.Decisions, d => d.Snapshot == old.Snapshot.Name && !d.Keep);
        Assert.StartsWith("1 read(s) (restore, verify or copy) in progress", pruned.SweepSkipped, StringComparison.Ordinal);
        Assert.Equal(0, pruned.PacksDeleted);
        Assert.Empty(restored.Errors);
        Assert.Equal(onlyBytes, File.ReadAllBytes(_t.Restored(_t.RestorePath(), only)));

        // The restore's lock is gone with it: the next prune sweeps the forgotten snapshot's packs.
        Assert.Empty(await RepositoryLock.ListLiveAsync(repository, default));
        var second = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        Assert.Null(second.SweepSkipped);
        Assert.True(second.PacksDeleted > 0);
    }

    [Fact]
    public async Task PruneBesideRunningVerify_DefersTheSweep_AndTheVerifyFindsNothingMissing()
    {
        var repository = await _t.OpenAsync();
        var only = _t.WriteRandom("data/only-in-old.bin", 20 * 1024 * 1024, seed: 32);
        await _t.BackupAsync(repository);
        File.Delete(only);
        _t.Write("data/other.txt", "other");
        await _t.BackupAsync(repository);

        var gated = new GatedTarget(_t.Target);
        var verifying = new Verifier(await BackupRepository.OpenAsync(gated, _t.Key)).VerifyAsync();
        await gated.Reached;
        var pruned = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        gated.Open();
        var verified = await verifying;

        Assert.StartsWith("1 read(s) (restore, verify or copy) in progress", pruned.SweepSkipped, StringComparison.Ordinal);
        Assert.Equal(0, pruned.PacksDeleted);
        Assert.True(verified.Ok, string.Join("; ", verified.Problems.Select(p => p.Message)));
    }

    [Fact]
    public async Task Restore_OfASnapshotAPruneRemovedAfterItWasLoaded_FailsSayingSoBeforeWritingAnything()
    {
        var repository = await _t.OpenAsync();
        _t.WriteRandom("data/a.bin", 500_000, seed: 33);
        var old = await _t.BackupAsync(repository);
        _t.Write("data/b.txt", "b");
        await _t.BackupAsync(repository);
        var loaded = await new SnapshotStore(repository).LoadAsync(old.Snapshot.Name, default);
        await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);

        var e = await Assert.ThrowsAsync<RepositoryException>(() => new Restorer(repository).ToDirectoryAsync(loaded, _t.RestorePath()));

        Assert.StartsWith($"Snapshot {old.Snapshot.Name} is no longer in directory", e.Message, StringComparison.Ordinal);
        Assert.Contains("a prune removed it", e.Message, StringComparison.Ordinal);
        Assert.Contains("'backupctl snapshots'", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_t.RestorePath()) && Directory.EnumerateFileSystemEntries(_t.RestorePath()).Any());
        Assert.Empty(await RepositoryLock.ListLiveAsync(repository, default));
    }

    [Fact]
    public async Task PruneLockOfAKilledProcessOfThisBoot_CountsAsGoneAtOnce_WhileOneOfAnotherMachineBootOrNamespaceStillRefuses()
    {
        var repository = await _t.OpenAsync();
        _t.Write("a.txt", "a");
        await _t.BackupAsync(repository);
        int ended;
        using (var process = System.Diagnostics.Process.Start("true")!)
        {
            await process.WaitForExitAsync();
            ended = process.Id;
        }

        // This boot of this machine, as a lock of this build records it (read from a lock it writes).
        string boot;
        await using (var probe = await RepositoryLock.AcquireAsync(repository, RepositoryLock.KindBackup, TimeSpan.Zero, default))
        {
            boot = (await RepositoryLock.ListLiveAsync(repository, default)).Single().Info.Boot!;
        }

        Assert.Matches(@"^[0-9a-f-]{36} pid:\[\d+\]$", boot);

        // Left by a prune of this machine that was killed a moment ago (refreshed just now, its process gone).
        await PutLockAsync(repository, "prune", Environment.MachineName, ended, boot);
        var pruned = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        Assert.Null(pruned.SweepSkipped);
        var backup = await _t.BackupAsync(repository);
        Assert.NotNull(backup.Snapshot);

        // The same lock from another machine of the same name (another boot id), from another pid namespace, or
        // from a build that did not record its boot: its process cannot be asked, so it holds until it goes stale.
        foreach (var (host, otherBoot) in new[] { (Environment.MachineName, "0f0f0f0f-0000-4000-8000-000000000000 " + boot.Split(' ')[1]), (Environment.MachineName, boot.Split(' ')[0] + " pid:[1]"), (Environment.MachineName, (string?)null), ("another-machine", boot) })
        {
            var name = await PutLockAsync(repository, "prune", host, ended, otherBoot);
            var refused = await Assert.ThrowsAsync<RepositoryException>(() => new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero));
            Assert.StartsWith("Another prune is running", refused.Message, StringComparison.Ordinal);
            Assert.Contains($"host {host}, pid {ended}", refused.Message, StringComparison.Ordinal);
            await repository.Target.DeleteAsync(name, default);
        }
    }

    [Fact]
    public async Task VerifyBesideAPruneOfAnotherMachine_SaysOnceThatItWaits_ThenRunsWhenThePruneEnds()
    {
        var repository = await _t.OpenAsync();
        _t.Write("a.txt", "a");
        await _t.BackupAsync(repository);
        var notices = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var told = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        repository.LockWaitNotice = notice =>
        {
            notices.Enqueue(notice);
            told.TrySetResult();
        };
        var prune = await PutLockAsync(repository, "prune", "nas-2", 4242, boot: null);

        var verifying = new Verifier(repository).VerifyAsync();
        await told.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // One more look at the locks (every 5 s) while the prune still runs: said once, not once per look.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.False(verifying.IsCompleted);
        await repository.Target.DeleteAsync(prune, default);
        var report = await verifying.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(report.Ok);
        var notice = Assert.Single(notices);
        Assert.Contains("A prune is running on", notice, StringComparison.Ordinal);
        Assert.Contains("host nas-2, pid 4242", notice, StringComparison.Ordinal);
        Assert.Contains("the read (restore, verify or copy) waits for it to finish, up to 30 minutes", notice, StringComparison.Ordinal);
    }

    private static async Task<string> PutLockAsync(BackupRepository repository, string kind, string host, int pid, string? boot)
    {
        var now = DateTimeOffset.UtcNow;
        var bootField = boot is null ? "" : $$""","boot":"{{boot}}" """.TrimEnd();
        var json = $$"""{"kind":"{{kind}}","host":"{{host}}","pid":{{pid}},"created":"{{now:O}}","refreshed":"{{now:O}}"{{bootField}}}""";
        var name = $"{ObjectNames.LocksPrefix}{kind}-{Guid.NewGuid():N}";
        await repository.Target.PutAsync(name, System.Text.Encoding.UTF8.GetBytes(json), default);
        return name;
    }

    [Fact]
    public async Task Prune_DryRun_ShowsKeepAndRemoveWithReasons_AndDeletesNothing()
    {
        var repository = await _t.OpenAsync();
        _t.Write("a.txt", "a");
        await _t.BackupAsync(repository);
        _t.WriteRandom("b.bin", 1_500_000, seed: 3);
        await _t.BackupAsync(repository);
        var before = Directory.GetFiles(_t.RepoPath, "*", SearchOption.AllDirectories).Length;

        var report = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: true, TimeSpan.Zero);

        Assert.Equal(2, report.Decisions.Count);
        Assert.Contains(report.Decisions, d => d.Keep && d.Reasons.Contains("last 1"));
        Assert.Contains(report.Decisions, d => !d.Keep && d.Reasons.Contains("matched no rule"));
        Assert.Equal(before, Directory.GetFiles(_t.RepoPath, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Prune_GracePeriod_KeepsYoungUnreferencedChunks()
    {
        var repository = await _t.OpenAsync();
        _t.WriteRandom("x.bin", 1_500_000, seed: 4);
        await _t.BackupAsync(repository);
        File.Delete(Path.Combine(_t.Source, "x.bin"));
        _t.Write("y.txt", "y");
        // Without a parent nothing is taken over, so the first backup's pack is wholly unused.
        await _t.BackupAsync(repository, options: new BackupOptions { UseParent = false });
        var packs = Directory.GetFiles(Path.Combine(_t.RepoPath, "packs"), "*", SearchOption.AllDirectories);

        var report = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.FromHours(1));

        Assert.Equal(0, report.ChunksDeleted);
        Assert.Equal(1, report.PacksInGrace);
        Assert.True(report.ChunksInGrace > 0);
        Assert.All(packs, p => Assert.True(File.Exists(p)));
    }

    [Fact]
    public async Task DiskFillsMidBackup_ClearError_NoSnapshotRecorded_EarlierSnapshotIntact_AndRestoresFromTheFullDisk()
    {
        var mount = Path.Combine(_t.Root, "small-disk");
        Directory.CreateDirectory(mount);
        var (exit, _, stderr) = await RoundTripTests.RunAsync("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount);
        Assert.True(exit == 0, "this test needs root to mount a 3 MiB tmpfs: " + stderr);
        try
        {
            var key = _t.Key;
            var repository = await BackupRepository.InitAsync(new DirectoryTarget(mount), key);
            _t.Write("small.txt", "fits");
            var good = await _t.BackupAsync(repository);
            _t.WriteRandom("big/incompressible.bin", 8 * 1024 * 1024, seed: 5);

            var error = await Assert.ThrowsAsync<TargetFullException>(() => _t.BackupAsync(repository));

            Assert.Contains("is full", error.Message);
            Assert.Contains("no snapshot was recorded", error.Message);
            var names = await new SnapshotStore(repository).ListNamesAsync();
            Assert.Equal([good.Snapshot.Name], names);
            Assert.Empty(Directory.GetFiles(mount, DirectoryTarget.TempPrefix + "*", SearchOption.AllDirectories));

            // Not a byte left on the disk: the restore cannot write its read lock, and reads without it.
            FillUp(Path.Combine(mount, "filler"));
            var restoreRoot = _t.RestorePath();
            await new Restorer(repository).ToDirectoryAsync(good.Snapshot, restoreRoot);
            Assert.Equal("fits", File.ReadAllText(Path.Combine(_t.Restored(restoreRoot, _t.Source), "small.txt")));
        }
        finally
        {
            await RoundTripTests.RunAsync("umount", "-l", mount);
        }
    }

    private static void FillUp(string path)
    {
        using var filler = File.Create(path);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // full
        }
    }

    [Fact]
    public async Task Copy_SendsOnlyMissingChunks_AndTheCopyRestores()
    {
        var repository = await _t.OpenAsync();
        _t.WriteRandom("a.bin", 3 * 1024 * 1024, seed: 1);
        var first = await _t.BackupAsync(repository);
        var secondary = new DirectoryTarget(Path.Combine(_t.Root, "secondary"));

        var copy1 = await new Copier(repository).CopyAsync(secondary);
        _t.Write("b.txt", "new file");
        await _t.BackupAsync(repository);
        var copy2 = await new Copier(repository).CopyAsync(secondary);

        Assert.Equal(1, copy1.SnapshotsCopied);
        Assert.Equal(first.Snapshot.Chunks.Select(c => c.Id).Distinct().Count(), copy1.ChunksCopied);
        Assert.Equal(1, copy2.SnapshotsCopied);
        Assert.Equal(1, copy2.SnapshotsAlreadyThere);
        Assert.True(copy2.ChunksCopied <= 2, $"{copy2.ChunksCopied} chunks copied for one small file");
        var copyRepository = await BackupRepository.OpenAsync(secondary, _t.Key);
        var latest = await new SnapshotStore(copyRepository).FindAsync("latest");
        var restoreRoot = _t.RestorePath();
        await new Restorer(copyRepository).ToDirectoryAsync(latest, restoreRoot);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
    }

    [Fact]
    public async Task RetriedChunkWrite_IsIdempotent()
    {
        var target = new DirectoryTarget(Path.Combine(_t.Root, "t"));

        Assert.True(await target.PutIfAbsentAsync("chunks/ab/x", new byte[] { 1, 2, 3 }, default));
        Assert.False(await target.PutIfAbsentAsync("chunks/ab/x", new byte[] { 9, 9 }, default));

        Assert.Equal(new byte[] { 1, 2, 3 }, await target.GetAsync("chunks/ab/x", default));
    }
}
