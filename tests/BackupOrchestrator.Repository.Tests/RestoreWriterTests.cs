using BackupOrchestrator.Repository.Restore;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// The restore writes files on several worker threads (Restore/FileWriters): files of every size, batched
/// small files and large ones spanning many batches, must land whole and in place, over an earlier restore
/// too, and a worker's failure must fail the restore with what to do.
/// </summary>
public sealed class RestoreWriterTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private void ManyFiles()
    {
        for (int i = 0; i < 300; i++)
        {
            _t.Write($"small/d{i % 7}/f{i:D3}.txt", new string((char)('a' + i % 26), i * 37 % 5000));
        }
        _t.WriteRandom("large/one.bin", 5 * 1024 * 1024 + 3, seed: 3);
        _t.WriteRandom("large/two.bin", 700_001, seed: 4);
        _t.Write("after/last.txt", "written after the large files");
    }

    [Fact]
    public async Task ManySmallAndLargeFiles_RestoredTwiceIntoTheSameFolder_AreIdenticalEachTime()
    {
        ManyFiles();
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);
        var root = _t.RestorePath();

        var first = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, root);
        File.WriteAllText(Path.Combine(_t.Restored(root, _t.Source), "small/d0/f000.txt"), "changed after the first restore");
        var second = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, root);

        Assert.Empty(first.Errors);
        Assert.Empty(second.Errors);
        Assert.Equal(first.Files, second.Files);
        TreeAssert.Equal(_t.Source, _t.Restored(root, _t.Source));
    }

    [Fact]
    public async Task FolderWhereAFileGoes_FailsTheRestore_NamingThePath()
    {
        ManyFiles();
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);
        var root = _t.RestorePath();
        var blocked = Path.Combine(_t.Restored(root, _t.Source), "small/d3/f010.txt");
        Directory.CreateDirectory(blocked);

        var e = await Assert.ThrowsAsync<RepositoryException>(() => new Restorer(repository).ToDirectoryAsync(result.Snapshot, root));

        Assert.Contains(blocked, e.Message);
        Assert.Contains("a folder of that name exists", e.Message);
    }
}
