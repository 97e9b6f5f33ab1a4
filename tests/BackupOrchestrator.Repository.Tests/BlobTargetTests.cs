using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>The blob target against a real Azurite.</summary>
public sealed class BlobTargetTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private BlobTarget NewTarget(string prefix = "") =>
        new(BlobConnection.FromConnectionString(azurite.ConnectionString, "the test"), AzuriteFixture.UniqueName("repo"), prefix);

    [Fact]
    public async Task PutIfAbsent_IsCreateOnly_IdempotentForIdenticalBytes_AndListHonoursThePrefix()
    {
        var target = NewTarget("homelab");

        Assert.True(await target.PutIfAbsentAsync("chunks/ab/one", new byte[] { 1 }, default));
        Assert.True(await target.PutIfAbsentAsync("chunks/ab/one", new byte[] { 1 }, default));
        Assert.False(await target.PutIfAbsentAsync("chunks/ab/one", new byte[] { 2 }, default));
        await target.PutAsync("locks/backup-1", new byte[] { 3 }, default);

        Assert.Equal(new byte[] { 1 }, await target.GetAsync("chunks/ab/one", default));
        Assert.Null(await target.GetAsync("chunks/ab/none", default));
        var listed = new List<TargetObject>();
        await foreach (var item in target.ListAsync("chunks/", default))
        {
            listed.Add(item);
        }
        Assert.Equal("chunks/ab/one", Assert.Single(listed).Name);
        await target.DeleteAsync("chunks/ab/one", default);
        await target.DeleteAsync("chunks/ab/one", default);
        Assert.False(await target.ExistsAsync("chunks/ab/one", default));
    }

    [Fact]
    public async Task GetRange_ReadsTheRange_ShortAtTheEnd_NullWhenMissing()
    {
        await TargetContract.GetRangeAsync(NewTarget("homelab"));
    }

    [Fact]
    public async Task ReadRange_FillsTheCallersBuffer_ShortAtTheEnd_MinusOneWhenMissing()
    {
        await TargetContract.ReadRangeAsync(NewTarget("homelab"));
    }

    [Fact]
    public async Task BackupRestoreVerify_OnBlobTarget_RoundTrips()
    {
        _t.WriteRandom("db/data.bin", 3 * 1024 * 1024, seed: 8);
        _t.Write("etc/conf.yaml", "a: 1\n");
        var repository = await BackupRepository.InitAsync(NewTarget(), _t.Key);

        var result = await _t.BackupAsync(repository);
        var restoreRoot = _t.RestorePath();
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, restoreRoot);
        var verify = await new Verifier(repository).VerifyAsync();

        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
        Assert.True(verify.Ok);
    }

    [Fact]
    public async Task Copy_DirectoryToBlobToBlob_SendsOnlyMissingChunks()
    {
        _t.WriteRandom("a.bin", 2 * 1024 * 1024, seed: 9);
        var primary = await _t.OpenAsync();
        var first = await _t.BackupAsync(primary);
        var offsite = NewTarget("offsite");
        await new Copier(primary).CopyAsync(offsite);
        _t.Write("b.txt", "more");
        await _t.BackupAsync(primary);

        var second = await new Copier(primary).CopyAsync(offsite);

        Assert.Equal(1, second.SnapshotsCopied);
        Assert.True(second.ChunksAlreadyThere >= first.Snapshot.Chunks.Count - 2);
        var remote = await BackupRepository.OpenAsync(offsite, _t.Key);
        Assert.Equal(2, (await new SnapshotStore(remote).ListNamesAsync()).Count);
        Assert.True((await new Verifier(remote).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task FlippedByteInBlobChunk_IsReportedByVerify()
    {
        _t.WriteRandom("a.bin", 1_500_000, seed: 10);
        var target = NewTarget();
        var repository = await BackupRepository.InitAsync(target, _t.Key);
        var result = await _t.BackupAsync(repository);
        var (name, offset, length) = await PackFiles.LocateAsync(repository, result.Snapshot.Chunks[0].Id);
        var bytes = (await target.GetAsync(name, default))!;
        bytes[offset + length - 1] ^= 0x80;
        await target.DeleteAsync(name, default);
        await target.PutIfAbsentAsync(name, bytes, default);

        var report = await new Verifier(repository).VerifyAsync();

        Assert.Equal("damaged", Assert.Single(report.Problems).Kind);
    }
}
