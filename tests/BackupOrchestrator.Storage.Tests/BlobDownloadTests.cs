using System.Net;
using System.Security.Cryptography;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobDownloadTests
{
    private const int MiB = 1024 * 1024;
    private readonly AzuriteFixture _azurite;

    public BlobDownloadTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<(BlobContainerClient Container, byte[] Data)> SeedAsync(int length)
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("down"));
        await container.CreateAsync();
        var data = RandomNumberGenerator.GetBytes(length);
        await container.GetBlobClient("data").UploadAsync(data);
        return (container, data);
    }

    [Fact]
    public async Task DownloadStreaming_ConnectionBreaksMidBody_ResumesWithARangedReadAndDeliversEveryByte()
    {
        var (container, data) = await SeedAsync(3 * MiB);
        using var handler = new BreakingHandler(breakAfterBytes: MiB + 17);
        using var account = _azurite.CreateAccount(new StorageClientOptions { Handler = handler });

        await using var result = await account.GetBlobContainerClient(container.Name).GetBlobClient("data").DownloadStreamingAsync();
        using var copy = new MemoryStream();
        await result.Content.CopyToAsync(copy);

        Assert.True(data.AsSpan().SequenceEqual(copy.ToArray()));
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal($"bytes={MiB + 17}-{(3 * MiB) - 1}", handler.Requests[1].Range);
        Assert.NotNull(handler.Requests[1].IfMatch);
    }

    [Fact]
    public async Task DownloadStreaming_BlobChangedBeforeResume_FailsWith412InsteadOfMixingVersions()
    {
        var (container, _) = await SeedAsync(2 * MiB);
        var blob = container.GetBlobClient("data");
        using var handler = new BreakingHandler(breakAfterBytes: MiB, beforeResume: () => blob.UploadAsync(new byte[] { 1, 2, 3 }).GetAwaiter().GetResult());
        using var account = _azurite.CreateAccount(new StorageClientOptions { Handler = handler });

        await using var result = await account.GetBlobContainerClient(container.Name).GetBlobClient("data").DownloadStreamingAsync();
        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => result.Content.CopyToAsync(Stream.Null));

        Assert.Equal(412, ex.Status);
    }

    [Fact]
    public async Task DownloadTo_ManyChunksInParallel_WritesTheBlobInOrder()
    {
        var (container, data) = await SeedAsync((5 * MiB) + 321);

        using var copy = new MemoryStream();
        var props = await container.GetBlobClient("data").DownloadToAsync(copy, new BlobDownloadOptions { ChunkSize = MiB, MaxConcurrency = 3 });

        Assert.Equal(data.Length, props.ContentLength);
        Assert.True(data.AsSpan().SequenceEqual(copy.ToArray()));
    }

    [Fact]
    public async Task DownloadTo_EmptyBlob_WritesNothing()
    {
        var (container, _) = await SeedAsync(0);

        using var copy = new MemoryStream();
        var props = await container.GetBlobClient("data").DownloadToAsync(copy);

        Assert.Equal(0, props.ContentLength);
        Assert.Equal(0, copy.Length);
    }

    /// <summary>Passes requests to Azurite; the first GET's body breaks (IOException) after N bytes.</summary>
    private sealed class BreakingHandler(long breakAfterBytes, Action? beforeResume = null) : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<(string? Range, string? IfMatch)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get)
            {
                request.Headers.TryGetValues("x-ms-range", out var range);
                request.Headers.TryGetValues("If-Match", out var ifMatch);
                Requests.Add((range?.FirstOrDefault(), ifMatch?.FirstOrDefault()));
                if (Requests.Count == 2)
                {
                    beforeResume?.Invoke();
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Get && Requests.Count == 1 && response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                var broken = new StreamContent(new BreakingStream(body, breakAfterBytes));
                foreach (var h in response.Content.Headers)
                {
                    broken.Headers.TryAddWithoutValidation(h.Key, h.Value);
                }

                response.Content = broken;
            }

            return response;
        }
    }

    private sealed class BreakingStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_read >= limit)
            {
                throw new IOException("Connection reset by peer (injected)");
            }

            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, limit - _read)], cancellationToken);
            _read += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
