using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// The backup pipeline runs its sealers and stores in parallel: how many run must change nothing in
/// what is stored or restored, and the stage clock must account for every chunk.
/// </summary>
public sealed class PipelineParallelismTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    /// <summary>A fixed tree: compressible text, incompressible files below and above the large-file size, many small files, a duplicate.</summary>
    private void FixedTree()
    {
        _t.Write("docs/text.md", string.Concat(Enumerable.Range(0, 40_000).Select(i => $"line {i % 97} of a report that compresses\n")));
        _t.WriteRandom("data/a.bin", 5 * 1024 * 1024 + 3, seed: 11);
        _t.WriteRandom("data/b.bin", 700_000, seed: 12);
        _t.WriteRandom("data/copy-of-a.bin", 5 * 1024 * 1024 + 3, seed: 11);
        for (int i = 0; i < 300; i++)
        {
            _t.Write($"small/{i % 7}/file-{i:D3}.txt", $"small file {i}\n" + new string((char)('a' + i % 26), i * 13));
        }
        var stamp = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(_t.Source, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, stamp);
        }
    }

    [Fact]
    public async Task Backup_WithOneSealerAndOneStore_AndWithEight_StoresTheSameChunksAndRestoresTheSameBytes()
    {
        FixedTree();
        var sequential = await BackupRepository.InitAsync(new DirectoryTarget(Path.Combine(_t.Root, "repo-sequential")), _t.Key);
        var parallel = await BackupRepository.InitAsync(new DirectoryTarget(Path.Combine(_t.Root, "repo-parallel")), _t.Key);

        var one = (await _t.BackupAsync(sequential, options: new BackupOptions { Sealers = 1, Uploaders = 1, UseParent = false })).Snapshot;
        var eight = (await _t.BackupAsync(parallel, options: new BackupOptions { Sealers = 8, Uploaders = 8, UseParent = false })).Snapshot;

        Assert.Equal(one.Chunks, eight.Chunks);
        Assert.Equal(one.StreamLength, eight.StreamLength);
        Assert.Equal(one.StreamHash, eight.StreamHash);
        Assert.Equal(one.Entries.Select(e => (e.Path, e.Hash, e.HeaderOffset)), eight.Entries.Select(e => (e.Path, e.Hash, e.HeaderOffset)));
        Assert.Equal(one.Stats.ChunksNew, eight.Stats.ChunksNew);
        using var tarOne = new MemoryStream();
        using var tarEight = new MemoryStream();
        await new Restorer(sequential).ToTarAsync(one, tarOne);
        await new Restorer(parallel).ToTarAsync(eight, tarEight);
        Assert.Equal(one.StreamLength, tarOne.Length);
        Assert.True(tarOne.ToArray().AsSpan().SequenceEqual(tarEight.ToArray()), "the two snapshots' tar streams differ");
        var restored = _t.RestorePath("restore-parallel");
        var result = await new Restorer(parallel).ToDirectoryAsync(eight, restored);
        Assert.Empty(result.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(restored, _t.Source));
    }

    [Fact]
    public async Task StageClock_CountsEveryChunkThroughEachStage_AndEveryPackStored()
    {
        FixedTree();
        var repository = await _t.OpenAsync();

        var result = await _t.BackupAsync(repository, options: new BackupOptions { Sealers = 2, Uploaders = 2 });

        var clock = Assert.IsType<StageClock>(result.Stages);
        var read = clock.Of(StageClock.Stage.Read);
        var sealing = clock.Of(StageClock.Stage.Seal);
        Assert.True(read.Items > result.Snapshot.Stats.ChunksNew, "the duplicate file's chunks are read but not stored again");
        Assert.Equal(read.Items, clock.Of(StageClock.Stage.Hash).Items);
        Assert.Equal(read.Items, sealing.Items);
        Assert.Equal(result.Snapshot.Stats.ChunksNew, clock.Of(StageClock.Stage.Pack).Items);
        var packs = Directory.EnumerateFiles(Path.Combine(_t.RepoPath, "packs"), "*", SearchOption.AllDirectories).Count();
        Assert.Equal(packs, clock.Of(StageClock.Stage.Store).Items);
        Assert.True(sealing.Work > 0 && read.Work > 0, "work was timed");
        Assert.True(clock.Wall >= sealing.Work / 2, "two sealers cannot work more than twice the wall time");
        Assert.Equal(7, clock.Lines().Count());
        Assert.True(clock.Setup > 0 && clock.Commit > 0, "setup and commit were timed");
    }
}
