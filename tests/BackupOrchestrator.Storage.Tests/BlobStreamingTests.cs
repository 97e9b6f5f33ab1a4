using System.Security.Cryptography;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStreamingTests
{
    private const int MiB = 1024 * 1024;
    private readonly AzuriteFixture _azurite;

    public BlobStreamingTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("stream"));
        await container.CreateAsync();
        return container;
    }

    [Fact]
    public async Task UploadStream_LongerThanOneBlock_StagesBlocksAndCommitsInOrder()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("multi");
        var data = RandomNumberGenerator.GetBytes((5 * MiB) + 123);

        await blob.UploadAsync(new NonSeekableStream(data), new BlobUploadOptions { BlockSize = MiB, MaxConcurrency = 3, ContentType = "application/octet-stream" });
        var (content, props) = await blob.DownloadContentAsync();

        Assert.Equal(data.Length, props.ContentLength);
        Assert.Equal("application/octet-stream", props.ContentType);
        Assert.True(data.AsSpan().SequenceEqual(content));
    }

    [Fact]
    public async Task UploadStream_ShorterThanOneBlock_GoesUpWhole()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("short");
        var data = RandomNumberGenerator.GetBytes(1000);

        await blob.UploadAsync(new NonSeekableStream(data), new BlobUploadOptions { BlockSize = MiB });

        Assert.Equal(data, (await blob.DownloadContentAsync()).Content);
    }

    [Fact]
    public async Task UploadStream_CreateOnlyOnExistingBlob_Fails409AndKeepsOldContent()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("exists");
        await blob.UploadAsync(new byte[] { 7 });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blob.UploadAsync(new NonSeekableStream(new byte[3 * MiB]), new BlobUploadOptions { BlockSize = MiB, Conditions = BlobRequestConditions.CreateOnly }));

        Assert.Equal(409, ex.Status);
        Assert.Equal(new byte[] { 7 }, (await blob.DownloadContentAsync()).Content);
    }

    [Fact]
    public async Task Download_ByRange_ReturnsOnlyThoseBytes()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("ranged");
        var data = RandomNumberGenerator.GetBytes(10_000);
        await blob.UploadAsync(data);

        var (middle, props) = await blob.DownloadContentAsync(new BlobRange(1000, 500));
        await using var tail = await blob.DownloadStreamingAsync(new BlobRange(9_900));
        using var rest = new MemoryStream();
        await tail.Content.CopyToAsync(rest);

        Assert.Equal(data.AsSpan(1000, 500).ToArray(), middle);
        Assert.Equal(500, props.ContentLength);
        Assert.Equal(data.AsSpan(9_900).ToArray(), rest.ToArray());
    }

    [Fact]
    public async Task SetMetadata_ReplacesMetadata_AndChangesETag()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("meta");
        var first = await blob.UploadAsync(new byte[] { 1 }, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["a"] = "1" } });

        var second = await blob.SetMetadataAsync(new Dictionary<string, string> { ["snapshot"] = "2026-11-21", ["tier"] = "critical" }, BlobRequestConditions.Matching(first.ETag));
        await blob.SetContentTypeAsync("application/json");
        var props = await blob.GetPropertiesAsync();

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.False(props.Metadata.ContainsKey("a"));
        Assert.Equal("2026-11-21", props.Metadata["snapshot"]);
        Assert.Equal("critical", props.Metadata["tier"]);
        Assert.Equal("application/json", props.ContentType);
        Assert.Equal("BlockBlob", props.BlobType);
    }

    [Fact]
    public async Task List_WithMetadataAndDelimiter_ReturnsPrefixesAndMetadata()
    {
        var container = await NewContainerAsync();
        await container.GetBlobClient("a/1").UploadAsync(new byte[] { 1 }, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["k"] = "v" } });
        await container.GetBlobClient("a/2").UploadAsync(new byte[] { 1, 2 });
        await container.GetBlobClient("b/1").UploadAsync(new byte[] { 1 });
        await container.GetBlobClient("top").UploadAsync(new byte[] { 1 });

        var folders = await container.ListBlobsAsync(delimiter: "/");
        var all = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync("a/", includeMetadata: true))
        {
            all.Add(item);
        }

        Assert.Equal(new[] { "a/", "b/" }, folders.Prefixes);
        Assert.Equal("top", Assert.Single(folders.Blobs).Name);
        Assert.Equal(new[] { "a/1", "a/2" }, all.Select(b => b.Name));
        Assert.Equal("v", all[0].Properties.Metadata["k"]);
        Assert.Equal(2, all[1].Properties.ContentLength);
        Assert.StartsWith("\"", all[0].Properties.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadStream_BlockCorruptedInTransit_IsRejectedByTheServiceAndNothingIsCommitted()
    {
        var container = await NewContainerAsync();
        using var handler = new CorruptingHandler();
        using var account = _azurite.CreateAccount(new StorageClientOptions { Handler = handler, Retry = new StorageRetryOptions { MaxRetries = 0 } });
        var blob = account.GetBlobContainerClient(container.Name).GetBlobClient("corrupt");

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blob.UploadAsync(new NonSeekableStream(RandomNumberGenerator.GetBytes(3 * MiB)), new BlobUploadOptions { BlockSize = MiB }));

        Assert.Equal(400, ex.Status);
        Assert.Equal("Md5Mismatch", ex.ErrorCode);
        Assert.False(await container.GetBlobClient("corrupt").ExistsAsync());
    }

    /// <summary>Flips one byte of every staged block after it was signed and checksummed.</summary>
    private sealed class CorruptingHandler : DelegatingHandler
    {
        public CorruptingHandler()
            : base(new SocketsHttpHandler())
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Query.Contains("comp=block&", StringComparison.Ordinal) && request.Content is { } content)
            {
                var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
                bytes[bytes.Length / 2] ^= 0xFF;
                var corrupted = new ByteArrayContent(bytes);
                foreach (var h in content.Headers)
                {
                    corrupted.Headers.TryAddWithoutValidation(h.Key, h.Value);
                }

                request.Content = corrupted;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A read-only stream that cannot seek, so uploads cannot learn its length in advance.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
