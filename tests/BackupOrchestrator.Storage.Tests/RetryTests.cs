using System.Net;
using System.Text;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

/// <summary>The pipeline's retry, timeout and error behaviour, through injected handlers and a fake clock.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetryTests
{
    private readonly AzuriteFixture _azurite;

    public RetryTests(AzuriteFixture azurite) => _azurite = azurite;

    private StorageAccount CreateSut(HttpMessageHandler handler, ManualTimeProvider time, int maxRetries = 3) =>
        new(_azurite.Connection, new StorageClientOptions
        {
            Handler = handler,
            TimeProvider = time,
            PerCallTimeout = Timeout.InfiniteTimeSpan,
            Retry = new StorageRetryOptions { MaxRetries = maxRetries, Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) },
        });

    [Fact]
    public async Task Transient503_IsRetriedWithBackoff_AndTheCallSucceeds()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: 2, HttpStatusCode.ServiceUnavailable);
        using var account = CreateSut(handler, time);
        var container = account.GetBlobContainerClient(AzuriteFixture.UniqueName("retry"));

        await container.CreateAsync();

        Assert.True(await _azurite.Account.GetBlobContainerClient(container.Name).ExistsAsync());
        Assert.Equal(3, handler.Attempts);
        Assert.Equal(2, time.RequestedDelays.Count);
        Assert.InRange(time.RequestedDelays[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.InRange(time.RequestedDelays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task OtherTransientStatuses_AreRetried(HttpStatusCode status)
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: 1, status);
        using var account = CreateSut(handler, time);

        await account.GetQueueClient(AzuriteFixture.UniqueName("retry")).CreateAsync();

        Assert.Equal(2, handler.Attempts);
    }

    [Fact]
    public async Task PersistentFailure_GivesUpAfterMaxRetries_WithStatusAndAttempts()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: int.MaxValue, HttpStatusCode.ServiceUnavailable);
        using var account = CreateSut(handler, time, maxRetries: 4);

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetTableClient(AzuriteFixture.UniqueName("retry")).CreateAsync());

        Assert.Equal(503, ex.Status);
        Assert.Equal("ServerBusy", ex.ErrorCode);
        Assert.Equal(5, handler.Attempts);
        Assert.Contains("5 attempts", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, time.RequestedDelays.Count);
        for (var i = 0; i < 4; i++)
        {
            // Exponential: 1, 2, 4, 8 s, each jittered down to no less than half.
            var full = TimeSpan.FromSeconds(Math.Pow(2, i));
            Assert.InRange(time.RequestedDelays[i], full / 2, full);
        }
    }

    [Fact]
    public async Task WrongAccountKey_FailsAtOnce_WithAClearMessage()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: 0, HttpStatusCode.OK);
        var real = _azurite.Connection;
        var wrongKey = StorageConnectionString.Parse(
            $"AccountName={real.AccountName};AccountKey={Convert.ToBase64String(new byte[64])};BlobEndpoint={real.BlobEndpoint};QueueEndpoint={real.QueueEndpoint};TableEndpoint={real.TableEndpoint}");
        using var account = new StorageAccount(wrongKey, new StorageClientOptions { Handler = handler, TimeProvider = time, PerCallTimeout = Timeout.InfiniteTimeSpan });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetBlobContainerClient(AzuriteFixture.UniqueName("auth")).CreateAsync());

        Assert.Equal(403, ex.Status);
        Assert.Equal(1, handler.Attempts);
        Assert.Empty(time.RequestedDelays);
        Assert.StartsWith("Storage authentication failed for account 'devstoreaccount1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AccountKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Injected403_IsNotRetried()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: int.MaxValue, HttpStatusCode.Forbidden);
        using var account = CreateSut(handler, time);

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetQueueClient("q403").CreateAsync());

        Assert.Equal(403, ex.Status);
        Assert.Equal(1, handler.Attempts);
        Assert.Contains("authentication failed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionFailures_AreRetried_ThenReportedAsConnectionFailed()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new ThrowingHandler();
        using var account = CreateSut(handler, time, maxRetries: 2);

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetBlobContainerClient("c").GetBlobClient("b").UploadAsync(Encoding.UTF8.GetBytes("x")));

        Assert.Equal(0, ex.Status);
        Assert.Equal("ConnectionFailed", ex.ErrorCode);
        Assert.Equal(3, handler.Attempts);
        Assert.Contains("scripts/azurite.sh start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionFailureThenSuccess_Recovers()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: 1, status: null);
        using var account = CreateSut(handler, time);
        var container = account.GetBlobContainerClient(AzuriteFixture.UniqueName("flaky"));
        await container.CreateAsync();

        await container.GetBlobClient("b").UploadAsync(Encoding.UTF8.GetBytes("survived"));

        Assert.Equal("survived", Encoding.UTF8.GetString((await container.GetBlobClient("b").DownloadContentAsync()).Content));
    }

    [Fact]
    public async Task NoResponseWithinPerCallTimeout_IsRetriedThenReportedAsClientTimeout()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new HangingHandler();
        using var account = new StorageAccount(_azurite.Connection, new StorageClientOptions
        {
            Handler = handler,
            TimeProvider = time,
            PerCallTimeout = TimeSpan.FromSeconds(10),
            Retry = new StorageRetryOptions { MaxRetries = 1, Delay = TimeSpan.FromSeconds(1) },
        });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetQueueClient("q").SendMessageAsync("x"));

        Assert.Equal("ClientTimeout", ex.ErrorCode);
        Assert.Equal(2, handler.Attempts);
        Assert.Contains("no response within 10 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellation_StopsAtOnce_WithoutRetrying()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var handler = new HangingHandler();
        using var account = CreateSut(handler, time);
        using var cts = new CancellationTokenSource();

        var call = account.GetQueueClient("q").SendMessageAsync("x", cancellationToken: cts.Token);
        await handler.Entered.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, handler.Attempts);
    }

    [Fact]
    public async Task NotFound_IsNotRetried_AndSaysWhatIsMissing()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow) { AutoAdvance = true };
        using var handler = new FaultyHandler(failFirst: 0, HttpStatusCode.OK);
        using var account = CreateSut(handler, time);

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => account.GetBlobContainerClient(AzuriteFixture.UniqueName("none")).GetBlobClient("x").DownloadContentAsync());

        Assert.Equal(404, ex.Status);
        Assert.Equal("ContainerNotFound", ex.ErrorCode);
        Assert.Equal(1, handler.Attempts);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.RequestId);
    }

    /// <summary>Fails the first N requests (with a status, or as a refused connection when status is null), then passes through to Azurite.</summary>
    private sealed class FaultyHandler(int failFirst, HttpStatusCode? status) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _attempts);
            if (n > failFirst || (status is { } s && (int)s < 300))
            {
                return base.SendAsync(request, cancellationToken);
            }

            if (status is null)
            {
                throw new HttpRequestException("Connection refused (127.0.0.1:1)", new System.Net.Sockets.SocketException(111));
            }

            var response = new HttpResponseMessage(status.Value) { RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-ms-request-id", Guid.NewGuid().ToString());
            if (status == HttpStatusCode.ServiceUnavailable)
            {
                response.Headers.TryAddWithoutValidation("x-ms-error-code", "ServerBusy");
                response.Content = new StringContent("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>The server is busy.\nRequestId:x</Message></Error>", Encoding.UTF8, "application/xml");
            }

            return Task.FromResult(response);
        }
    }

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            throw new HttpRequestException("Connection refused (127.0.0.1:1)");
        }
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
