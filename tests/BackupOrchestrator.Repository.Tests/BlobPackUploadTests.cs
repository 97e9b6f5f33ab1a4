using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>What the blob target sends for a pack, seen on the wire (a pipeline policy) and in the stored block list.</summary>
public sealed class BlobPackUploadTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Pack_IsOnePutBlobWithContentMd5_CreateOnly_AtThePinnedVersion()
    {
        var recorder = new RequestRecorder();
        var options = BlobConnection.CreateClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(AzuriteFixture.UniqueName("onepack"));
        var target = new BlobTarget(container);
        await target.PutIfAbsentAsync("index/warm", new byte[] { 0 }, default);
        recorder.Requests.Clear();
        var pack = new byte[(8 << 20) + 60_000]; // the largest pack the pack writer closes
        new Random(5).NextBytes(pack);

        Assert.True(await target.PutIfAbsentAsync("packs/ab/pack0", pack, default));

        var put = Assert.Single(recorder.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.DoesNotContain("comp=", put.Query, StringComparison.Ordinal);
        Assert.True(put.HasContentMd5, "the Put Blob carries Content-MD5");
        Assert.Equal("*", put.IfNoneMatch);
        Assert.Equal("2026-06-06", put.Version);
        Assert.Equal(pack, await target.GetAsync("packs/ab/pack0", default));
    }

    [Fact]
    public async Task ObjectAboveTheSingleUploadLimit_StagesBlocksWithContentMd5_CommitsOnceCreateOnly_AtThePinnedVersion()
    {
        var recorder = new RequestRecorder();
        var options = BlobConnection.CreateClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(AzuriteFixture.UniqueName("pack"));
        var target = new BlobTarget(container, options: BlobTargetOptions.Default with { SingleUploadLimit = 4 << 20 });
        var pack = new byte[9 << 20];
        new Random(3).NextBytes(pack);

        Assert.True(await target.PutIfAbsentAsync("packs/ab/pack1", pack, default));

        var stages = recorder.Requests.Where(r => r.Query.Contains("comp=block&", StringComparison.Ordinal) || r.Query.EndsWith("comp=block", StringComparison.Ordinal)).ToList();
        var commits = recorder.Requests.Where(r => r.Query.Contains("comp=blocklist", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, stages.Count); // 4 + 4 + 1 MiB
        Assert.All(stages, s => Assert.True(s.HasContentMd5, "every staged block carries Content-MD5"));
        Assert.Equal("*", Assert.Single(commits).IfNoneMatch);
        Assert.All(recorder.Requests, r => Assert.Equal("2026-06-06", r.Version));
        var blocks = await container.GetBlockBlobClient("packs/ab/pack1").GetBlockListAsync();
        Assert.Equal(3, blocks.Value.CommittedBlocks.Count());
        Assert.Equal(pack, await target.GetAsync("packs/ab/pack1", default));
    }

    [Fact]
    public async Task PackUpload_OverAnExistingPack_IsTrueForTheSameBytes_FalseForOthers_AndKeepsTheFirst()
    {
        var target = new BlobTarget(BlobConnection.FromConnectionString(azurite.ConnectionString, "the test"), AzuriteFixture.UniqueName("again"));
        var pack = new byte[9 << 20];
        new Random(4).NextBytes(pack);
        var other = (byte[])pack.Clone();
        other[^1] ^= 1;
        Assert.True(await target.PutIfAbsentAsync("packs/ab/p", pack, default));

        Assert.True(await target.PutIfAbsentAsync("packs/ab/p", pack, default));
        Assert.False(await target.PutIfAbsentAsync("packs/ab/p", other, default));
        Assert.Equal(pack, await target.GetAsync("packs/ab/p", default));
    }

    [Fact]
    public async Task SmallObject_IsOnePutBlobWithContentMd5()
    {
        var recorder = new RequestRecorder();
        var options = BlobConnection.CreateClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(AzuriteFixture.UniqueName("small"));
        var target = new BlobTarget(container);
        await target.PutIfAbsentAsync("index/warm", new byte[] { 0 }, default);
        recorder.Requests.Clear();

        Assert.True(await target.PutIfAbsentAsync("index/ab", new byte[1000], default));

        var put = Assert.Single(recorder.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.True(put.HasContentMd5);
        Assert.Equal("*", put.IfNoneMatch);
    }

    [Fact]
    public async Task Restore_ReadsChunksSideBySideInAPackAsOneRangedRead_AndRestoresTheSameBytes()
    {
        using var t = new TestRepository();
        t.WriteRandom("data/big.bin", 9 << 20, seed: 21);
        t.Write("etc/a.conf", "a: 1\n");
        var recorder = new RequestRecorder();
        var options = BlobConnection.CreateClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(AzuriteFixture.UniqueName("spans"));
        var repository = await BackupRepository.InitAsync(new BlobTarget(container), t.Key);
        var snapshot = (await t.BackupAsync(repository)).Snapshot;
        int chunks = snapshot.Chunks.Select(c => c.Id).Distinct().Count();

        async Task<int> RestoreCountingPackReads(BlobTargetOptions targetOptions, string into)
        {
            var reader = await BackupRepository.OpenAsync(new BlobTarget(container, options: targetOptions), t.Key);
            recorder.Requests.Clear();
            var result = await new Restore.Restorer(reader).ToDirectoryAsync(snapshot, t.RestorePath(into));
            Assert.Empty(result.Errors);
            TreeAssert.Equal(t.Source, t.Restored(t.RestorePath(into), t.Source));
            return recorder.Requests.Count(r => r.Method == "GET" && r.Path.Contains("/packs/", StringComparison.Ordinal));
        }
        int alone = await RestoreCountingPackReads(BlobTargetOptions.Default with { ReadSpan = 0 }, "alone");
        int small = await RestoreCountingPackReads(BlobTargetOptions.Default with { ReadSpan = 4 << 20 }, "small");
        int spanned = await RestoreCountingPackReads(BlobTargetOptions.Default, "spanned");

        Assert.True(chunks >= 6, $"the data set should make several chunks, made {chunks}");
        Assert.Equal(chunks, alone);
        // ~1 MiB chunks; the default span takes a whole pack (~8 MiB) in one read. Parallel sealers pack chunks
        // nearly, not exactly, in stream order, so where a span breaks varies from run to run; a larger span
        // never needs more reads.
        Assert.InRange(spanned, 2, chunks / 2);
        Assert.True(spanned <= small, $"16 MiB spans took {spanned} reads, 4 MiB spans {small}");
    }

    private sealed record Seen(string Method, string Query, bool HasContentMd5, string? IfNoneMatch, string? Version, string Path = "");

    private sealed class RequestRecorder : HttpPipelineSynchronousPolicy
    {
        public ConcurrentQueue<Seen> Requests { get; } = new();

        public override void OnSendingRequest(HttpMessage message)
        {
            var request = message.Request;
            Requests.Enqueue(new Seen(
                request.Method.Method,
                request.Uri.Query,
                request.Headers.Contains("Content-MD5"),
                request.Headers.TryGetValue("If-None-Match", out var inm) ? inm : null,
                request.Headers.TryGetValue("x-ms-version", out var v) ? v : null,
                request.Uri.Path));
        }
    }
}
