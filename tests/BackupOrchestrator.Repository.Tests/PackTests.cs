using System.Buffers.Binary;
using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Packs and indexes (docs/repository-format.md, "Packs and indexes") on a directory target.</summary>
public sealed class PackTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private string[] PackFilesOnDisk() => Directory.Exists(Path.Combine(_t.RepoPath, "packs"))
        ? Directory.GetFiles(Path.Combine(_t.RepoPath, "packs"), "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray()
        : [];

    private string[] IndexFilesOnDisk() => Directory.Exists(Path.Combine(_t.RepoPath, "index"))
        ? Directory.GetFiles(Path.Combine(_t.RepoPath, "index")).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray()
        : [];

    private static (ChunkId Id, byte[] Sealed) SealedChunk(BackupRepository repository, int seed, int length)
    {
        var plain = new byte[length];
        new Random(seed).NextBytes(plain);
        var id = repository.ChunkIds.Compute(plain);
        return (id, repository.Sealer.Seal(plain, ObjectNames.ChunkAad(id)));
    }

    [Fact]
    public async Task PackWriter_SpreadsChunksOverPacks_EachReadableAtItsLocation_AndEachPackHeaderListsItsChunks()
    {
        var repository = await _t.OpenAsync();
        var chunks = Enumerable.Range(0, 20).Select(i => SealedChunk(repository, i, 100_000)).ToList();
        var writer = new PackWriter(repository, parallelStores: 3, default, targetSize: 300_000);
        foreach (var (id, bytes) in chunks)
        {
            await writer.AddAsync(id, bytes);
        }
        var packs = await writer.CompleteAsync();
        await PackWriter.WriteIndexAsync(repository, packs, default);

        Assert.True(packs.Count >= 7, $"{packs.Count} packs for 2 MB in packs of 300 KB");
        Assert.Equal(packs.Count, PackFilesOnDisk().Length);
        var index = await repository.LoadIndexAsync(default);
        foreach (var (id, bytes) in chunks)
        {
            Assert.True(index.Contains(id));
            Assert.Equal(bytes, await repository.ReadSealedChunkAsync(id, "test", default));
        }
        foreach (var pack in packs)
        {
            var file = File.ReadAllBytes(Path.Combine(_t.RepoPath, pack.Name));
            int headerLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 4));
            var header = repository.Sealer.Open(file.AsSpan(file.Length - 4 - headerLength, headerLength), ObjectNames.PackHeaderAad(pack.Name), "header");
            Assert.Equal(pack.Chunks, IndexCodec.DecodeEntries(header, "header").Chunks);
        }
    }

    [Fact]
    public void IndexCodec_RoundTrips_AndRefusesTruncatedBytes()
    {
        var packs = new List<PackRecord>
        {
            new(ObjectNames.Pack(new string('a', 32)), [new PackedChunk(new ChunkId(new byte[32]), 0, 10), new PackedChunk(new ChunkId(Enumerable.Repeat((byte)7, 32).ToArray()), 10, 20)]),
            new(ObjectNames.Pack(new string('b', 32)), []),
        };
        var bytes = IndexCodec.EncodeIndex(packs);

        var decoded = IndexCodec.DecodeIndex(bytes, "index");

        Assert.Equal(packs.Select(p => p.Name), decoded.Select(p => p.Name));
        Assert.Equal(packs[0].Chunks, decoded[0].Chunks);
        Assert.Empty(decoded[1].Chunks);
        Assert.Throws<IntegrityException>(() => IndexCodec.DecodeIndex(bytes.AsSpan(0, bytes.Length - 1), "index"));
    }

    [Fact]
    public async Task Prune_DeletesWhollyUnusedPack_KeepsPackWithAChunkInUseWhole_AndMergesIndexes()
    {
        var repository = await _t.OpenAsync();
        var a = _t.WriteRandom("a.bin", 1_500_000, seed: 1);
        _t.WriteRandom("b.bin", 1_500_000, seed: 2);
        await _t.BackupAsync(repository);
        var shared = PackFilesOnDisk().Single();
        // b.bin is taken over from the first snapshot: the first pack stays in use for it.
        File.Delete(a);
        var second = await _t.BackupAsync(repository);
        // A third, unrelated snapshot read whole, and then gone: its pack is wholly unused.
        var c = _t.WriteRandom("c.bin", 1_500_000, seed: 3);
        var third = await _t.BackupAsync(repository, "other", new BackupOptions { UseParent = false });
        File.Delete(c);
        var thirdPacks = PackFilesOnDisk().Except([shared]).ToList();
        await repository.Target.DeleteAsync(ObjectNames.Snapshot(third.Snapshot.Name), default);
        Assert.True(IndexFilesOnDisk().Length >= 3);

        var report = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);

        Assert.Null(report.SweepSkipped);
        Assert.True(File.Exists(shared), "the pack holding b.bin was deleted");
        Assert.True(report.ChunksUnusedInKeptPacks >= 1, "a.bin's chunk stays in the shared pack");
        Assert.True(report.PacksDeleted >= 1);
        Assert.Contains(thirdPacks, p => !File.Exists(p));
        Assert.Single(IndexFilesOnDisk());
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
        var root = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(second.Snapshot, root);
        TreeAssert.Equal(_t.Source, _t.Restored(root, _t.Source));
    }

    [Fact]
    public async Task PacksWithoutIndex_AsAfterACrash_AreNotUsed_AndPruneRemovesThemAfterTheGracePeriod()
    {
        var repository = await _t.OpenAsync();
        var (id, bytes) = SealedChunk(repository, 9, 50_000);
        var writer = new PackWriter(repository, 1, default);
        await writer.AddAsync(id, bytes);
        await writer.CompleteAsync(); // the crash: no index follows

        Assert.False((await repository.LoadIndexAsync(default)).Contains(id));
        var young = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.FromHours(1));
        Assert.Equal(1, young.PacksInGrace);
        Assert.Single(PackFilesOnDisk());
        var old = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);
        Assert.Equal(1, old.PacksDeleted);
        Assert.Empty(PackFilesOnDisk());
    }

    [Fact]
    public async Task DamagedIndex_IsReportedByVerify_AndStopsPruneFromSweeping()
    {
        var repository = await _t.OpenAsync();
        _t.WriteRandom("a.bin", 500_000, seed: 5);
        var first = await _t.BackupAsync(repository);
        var index = IndexFilesOnDisk().Single();
        var bytes = File.ReadAllBytes(index);
        bytes[^3] ^= 0x10;
        File.WriteAllBytes(index, bytes);
        var packs = PackFilesOnDisk();

        var verify = await new Verifier(repository).VerifyAsync();
        var prune = await new Pruner(repository).PruneAsync(_ => new RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);

        Assert.False(verify.Ok);
        Assert.Contains(verify.DamagedIndexes, d => d.Contains(Path.GetFileName(index), StringComparison.Ordinal));
        Assert.All(verify.Problems, p => Assert.Equal("missing", p.Kind));
        Assert.NotNull(prune.SweepSkipped);
        Assert.All(packs, p => Assert.True(File.Exists(p)));
        Assert.Equal(first.Snapshot.Name, Assert.Single(await new SnapshotStore(repository).ListNamesAsync()));
    }

    [Fact]
    public async Task DirectoryTarget_GetRange_ReadsTheRange_ShortAtTheEnd_NullWhenMissing()
    {
        await TargetContract.GetRangeAsync(_t.Target);
    }

    [Fact]
    public async Task DirectoryTarget_ReadRange_FillsTheCallersBuffer_ShortAtTheEnd_MinusOneWhenMissing()
    {
        await TargetContract.ReadRangeAsync(_t.Target);
    }
}
