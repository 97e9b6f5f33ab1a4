using BackupOrchestrator.Repository.Restore;

namespace BackupOrchestrator.Repository.Tests;

public sealed class RestoreProgressTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    /// <summary>Records every report on the restore's own thread (Progress&lt;T&gt; would post them and lose the order).</summary>
    private sealed class Recorder : IProgress<RestoreProgress>
    {
        public List<RestoreProgress> Reports { get; } = [];

        public void Report(RestoreProgress value) => Reports.Add(value);
    }

    [Fact]
    public async Task ToDirectoryAsync_WithProgress_ReportsFromZeroUpToTheTotalsItRestored()
    {
        for (var i = 0; i < 20; i++)
        {
            _t.Write($"etc/app/file-{i:D2}.conf", $"setting {i}\n");
        }

        _t.WriteRandom("var/big.bin", 3 * 1024 * 1024 + 5, seed: 3);
        File.CreateSymbolicLink(Path.Combine(_t.Source, "etc/current"), "app");
        var repository = await _t.OpenAsync();
        var backup = await _t.BackupAsync(repository);
        var recorder = new Recorder();

        var restored = await new Restorer(repository) { ProgressInterval = TimeSpan.Zero }
            .ToDirectoryAsync(backup.Snapshot, _t.RestorePath(), only: null, recorder);

        Assert.Empty(restored.Errors);
        var reports = recorder.Reports;
        Assert.True(reports.Count > 2, $"only {reports.Count} reports");
        Assert.Equal(new RestoreProgress(0, 22, 0, backup.Snapshot.StreamLength), reports[0]);
        Assert.Equal(new RestoreProgress(22, 22, backup.Snapshot.StreamLength, backup.Snapshot.StreamLength), reports[^1]);
        Assert.Equal(22, restored.Files);
        Assert.All(reports.Zip(reports.Skip(1)), pair =>
        {
            Assert.True(pair.Second.FilesDone >= pair.First.FilesDone && pair.Second.BytesDone >= pair.First.BytesDone, $"{pair.First} then {pair.Second}");
            Assert.InRange(pair.Second.BytesDone, 0, pair.Second.BytesTotal);
        });
        // Some report lies strictly between the start and the end: the bytes moved while the big file was written.
        Assert.Contains(reports, r => r.BytesDone > 0 && r.BytesDone < r.BytesTotal);
        TreeAssert.Equal(_t.Source, _t.Restored(_t.RestorePath(), _t.Source));
    }

    [Fact]
    public async Task ToDirectoryAsync_OneFolderWithProgress_TotalsAreThatFoldersOnly()
    {
        _t.Write("etc/app/a.conf", "a\n");
        _t.Write("etc/app/b.conf", "b\n");
        _t.WriteRandom("var/big.bin", 200_000, seed: 4);
        var repository = await _t.OpenAsync();
        var backup = await _t.BackupAsync(repository);
        var folder = Path.Combine(_t.Source, "etc/app").TrimStart('/');
        var recorder = new Recorder();

        var restored = await new Restorer(repository).ToDirectoryAsync(backup.Snapshot, _t.RestorePath(), folder, recorder);

        var last = recorder.Reports[^1];
        Assert.Equal(2, last.FilesTotal);
        Assert.Equal(last.FilesTotal, last.FilesDone);
        Assert.Equal(restored.Bytes, last.BytesTotal);
        Assert.Equal(last.BytesTotal, last.BytesDone);
        Assert.True(last.BytesTotal < 200_000, $"the folder's bytes are {last.BytesTotal}, as if the big file were in it");
        Assert.Equal(0, recorder.Reports[0].BytesDone);
    }
}
