using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;

namespace BackupOrchestrator.Repository.Tests;

public sealed class DedupAndReuseTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private void Tree()
    {
        for (int i = 0; i < 4; i++)
        {
            _t.WriteRandom($"big/file{i}.bin", 3 * 1024 * 1024, seed: i);
        }
        for (int i = 0; i < 200; i++)
        {
            _t.Write($"small/note{i:D3}.txt", $"note {i}\n" + string.Concat(Enumerable.Repeat($"line of note {i}\n", 50)));
        }
    }

    [Fact]
    public async Task UnchangedTree_SecondBackup_ReadsNothing_WritesNothing_SameStreamHash()
    {
        Tree();
        var repository = await _t.OpenAsync();
        var first = await _t.BackupAsync(repository);

        var second = await _t.BackupAsync(repository);

        Assert.Equal(0, second.Snapshot.Stats.BytesRead);
        Assert.Equal(0, second.Snapshot.Stats.ChunksNew);
        Assert.Equal(first.Snapshot.StreamHash, second.Snapshot.StreamHash);
        Assert.Equal(first.Snapshot.Chunks.Select(c => c.Id), second.Snapshot.Chunks.Select(c => c.Id));
        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, restoreRoot);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
    }

    [Fact]
    public async Task SlightlyChangedTree_SecondBackup_StoresOnlyTheChange()
    {
        Tree();
        var repository = await _t.OpenAsync();
        var first = await _t.BackupAsync(repository);
        _t.Write("small/note007.txt", "changed");
        using (var big = File.OpenWrite(Path.Combine(_t.Source, "big/file2.bin")))
        {
            big.Seek(2 * 1024 * 1024, SeekOrigin.Begin);
            big.Write(new byte[100]);
        }

        var second = await _t.BackupAsync(repository);

        Assert.True(second.Snapshot.Stats.BytesRead < 4 * 1024 * 1024, $"read {second.Snapshot.Stats.BytesRead}");
        Assert.True(second.Snapshot.Stats.ChunksNew <= 4, $"{second.Snapshot.Stats.ChunksNew} new chunks");
        Assert.True(second.Snapshot.Stats.BytesStoredNew < first.Snapshot.Stats.BytesStoredNew / 3);
        var stats = await RepositoryStatistics.ComputeAsync(repository);
        Assert.True(stats.DedupRatio > 1.6, $"dedup ratio {stats.DedupRatio}");
        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, restoreRoot);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
    }

    [Fact]
    public async Task FileChangedWithSameMtime_IsDetectedByCtime()
    {
        Tree();
        var path = Path.Combine(_t.Source, "big/file1.bin");
        var repository = await _t.OpenAsync();
        await _t.BackupAsync(repository);
        var mtime = File.GetLastWriteTimeUtc(path);
        _t.WriteRandom("big/file1.bin", 3 * 1024 * 1024, seed: 99);
        File.SetLastWriteTimeUtc(path, mtime);

        var second = await _t.BackupAsync(repository);

        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, restoreRoot, only: path);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(_t.Restored(restoreRoot, path)));
    }

    [Fact]
    public async Task Progress_IsReported_WithFinalTotals()
    {
        Tree();
        var repository = await _t.OpenAsync();
        var reports = new List<BackupProgress>();

        var result = await new BackupRunner(repository, new BackupOptions { ProgressInterval = TimeSpan.Zero })
            .RunAsync(new BackupRequest("svc", [new Sources.PathSource(_t.Source)]), reports.Add);

        Assert.True(reports.Count > 2);
        var last = reports[^1];
        Assert.Equal(result.Snapshot.StreamLength, last.BytesRead);
        Assert.Equal(result.Snapshot.Stats.BytesStoredNew, last.BytesWritten);
        Assert.Equal(TimeSpan.Zero, last.Eta);
    }
}
