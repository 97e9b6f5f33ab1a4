using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// Re-backups take unchanged entries over from the parent snapshot one by one, as pieces of its
/// chunks, and read only what changed (docs/repository-format.md, "Chunks and pieces").
/// </summary>
public sealed class FileReuseTests : IDisposable
{
    private const int SmallFiles = 300;
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private void Tree()
    {
        _t.WriteRandom("big/data.bin", 2 * 1024 * 1024, seed: 1);
        for (int i = 0; i < SmallFiles; i++)
        {
            _t.Write($"docs/d{i % 7}/note{i:D3}.txt", $"note {i}\n" + string.Concat(Enumerable.Repeat($"line {i} of a small file\n", 40 + i % 50)));
        }
    }

    private static string Note(int i) => $"docs/d{i % 7}/note{i:D3}.txt";

    private long Append(int i, string text)
    {
        var path = Path.Combine(_t.Source, Note(i));
        File.AppendAllText(path, text);
        return new FileInfo(path).Length;
    }

    private async Task AssertRestoresSourceAsync(BackupRepository repository, Snapshots.SnapshotManifest snapshot, string name)
    {
        var root = _t.RestorePath(name);
        await new Restorer(repository).ToDirectoryAsync(snapshot, root);
        TreeAssert.Equal(_t.Source, _t.Restored(root, _t.Source));
    }

    [Fact]
    public async Task EveryTwentiethFileChanged_ReBackup_ReadsOnlyTheChangedFiles()
    {
        Tree();
        var repository = await _t.OpenAsync();
        var first = await _t.BackupAsync(repository);
        long changedBytes = 0;
        for (int i = 7; i < SmallFiles; i += 20)
        {
            changedBytes += Append(i, "changed\n");
        }

        var second = await _t.BackupAsync(repository);

        Assert.Equal(changedBytes, second.Snapshot.Stats.BytesRead);
        Assert.Equal(SmallFiles / 20, second.Snapshot.Stats.FilesNew);
        Assert.Equal(SmallFiles + 1 - SmallFiles / 20, second.Snapshot.Stats.FilesUnchanged);
        Assert.True(second.Snapshot.Stats.ChunksNew <= 2, $"{second.Snapshot.Stats.ChunksNew} new chunks");
        Assert.True(second.Snapshot.Stats.BytesStoredNew < first.Snapshot.Stats.BytesStoredNew / 10);
        await AssertRestoresSourceAsync(repository, second.Snapshot, "second");
    }

    [Fact]
    public async Task ThreeGenerationsOfChanges_EachSnapshotRestoresItsOwnTree()
    {
        Tree();
        var repository = await _t.OpenAsync();
        await _t.BackupAsync(repository);
        Append(10, "second\n");
        Append(100, "second\n");
        var second = await _t.BackupAsync(repository);
        var secondTree = _t.RestorePath("expected-second");
        CopyTree(_t.Source, secondTree);
        Append(11, "third\n");
        Append(100, "third\n");
        File.Delete(Path.Combine(_t.Source, Note(200)));

        var third = await _t.BackupAsync(repository);

        Assert.Equal(new FileInfo(Path.Combine(_t.Source, Note(11))).Length + new FileInfo(Path.Combine(_t.Source, Note(100))).Length, third.Snapshot.Stats.BytesRead);
        await AssertRestoresSourceAsync(repository, third.Snapshot, "third");
        var root = _t.RestorePath("second");
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, root);
        TreeAssert.Equal(secondTree, _t.Restored(root, _t.Source));
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task SmallFileChangedWithSameSizeAndMtime_IsReadAgain_BecauseItsCtimeChanged()
    {
        Tree();
        var path = Path.Combine(_t.Source, Note(42));
        var repository = await _t.OpenAsync();
        await _t.BackupAsync(repository);
        var before = File.ReadAllBytes(path);
        var mtime = File.GetLastWriteTimeUtc(path);
        var after = before.Select(b => b == (byte)'e' ? (byte)'E' : b).ToArray();
        Assert.NotEqual(before, after);
        // ctime comes from the kernel's coarse clock (a few ms a tick): let at least one tick pass, so
        // the rewrite's ctime differs from the creation's even on a fast machine. Not a timing assertion.
        Thread.Sleep(20);
        File.WriteAllBytes(path, after);
        File.SetLastWriteTimeUtc(path, mtime);

        var second = await _t.BackupAsync(repository);

        Assert.Equal(after.Length, second.Snapshot.Stats.BytesRead);
        var root = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, root, only: path);
        Assert.Equal(after, File.ReadAllBytes(_t.Restored(root, path)));
    }

    [Fact]
    public async Task ReusedFilesChunkVanishedFromTheTarget_FilesAreReadAgain_AndTheNewSnapshotIsWhole()
    {
        Tree();
        var repository = await _t.OpenAsync();
        var first = await _t.BackupAsync(repository);
        var entry = first.Snapshot.Entries.Single(e => e.Path.EndsWith(Note(150), StringComparison.Ordinal));
        var offsets = ChunkFetcher.ComputeOffsets(first.Snapshot);
        int piece = Array.FindLastIndex(offsets, o => o <= entry.HeaderOffset);
        var lost = ChunkId.Parse(first.Snapshot.Chunks[piece].Id);
        var (pack, _, _) = await PackFiles.LocateAsync(repository, lost.ToString());
        File.Delete(Path.Combine(_t.RepoPath, pack));

        var second = await _t.BackupAsync(repository);

        Assert.True(second.Snapshot.Stats.BytesRead >= new FileInfo(Path.Combine(_t.Source, Note(150))).Length);
        var present = await repository.LoadIndexAsync(default);
        Assert.All(second.Snapshot.Chunks, c => Assert.True(present.Contains(ChunkId.Parse(c.Id)), $"chunk {c.Id} is not on the target"));
        await AssertRestoresSourceAsync(repository, second.Snapshot, "second");
        // The files were read again, so their chunk may well have been written again (same bytes, same
        // name), which heals the first snapshot too; if not, only the first snapshot is affected.
        var report = await new Verifier(repository).VerifyAsync();
        Assert.All(report.Problems, p => Assert.Equal(first.Snapshot.Name, Assert.Single(p.Affected).Snapshot));
    }

    [Fact]
    public async Task PruneOfTheParent_KeepsTheChunksItsChildTookOver_ChildStillRestores()
    {
        Tree();
        var repository = await _t.OpenAsync();
        await _t.BackupAsync(repository);
        Append(3, "changed\n");
        var second = await _t.BackupAsync(repository);

        var pruned = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);

        Assert.Equal(1, pruned.Decisions.Count(d => !d.Keep));
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
        await AssertRestoresSourceAsync(repository, second.Snapshot, "second");
    }

    [Fact]
    public async Task OneUnchangedFile_FromASnapshotOfOldAndNewPieces_RestoresAlone()
    {
        Tree();
        var repository = await _t.OpenAsync();
        await _t.BackupAsync(repository);
        for (int i = 0; i < SmallFiles; i += 2)
        {
            Append(i, "changed\n");
        }
        var second = await _t.BackupAsync(repository);
        var path = Path.Combine(_t.Source, Note(101));

        var root = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, root, only: path);

        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(_t.Restored(root, path)));
        var tar = new MemoryStream();
        await new Restorer(repository).ToTarAsync(second.Snapshot, tar);
        Assert.Equal(second.Snapshot.StreamLength, tar.Length);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }
}
