using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Storage.Http;

/// <summary>
/// Sends <see cref="StorageRequest"/>s: stamps x-ms-version/x-ms-date, signs, applies the per-call timeout,
/// retries 408/429/500/503 and connection failures with exponential backoff and jitter (replayable bodies only),
/// and turns every other failure into a <see cref="StorageRequestException"/>.
/// </summary>
internal sealed class StoragePipeline : IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly SharedKeySigner? _signer;
    private readonly StorageClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private volatile CachedDate? _date;

    public StoragePipeline(StorageConnectionString connection, StorageClientOptions options)
    {
        _options = options;
        _time = options.TimeProvider;
        _logger = options.Logger ?? NullLogger.Instance;
        AccountName = connection.AccountName;
        _signer = connection.AccountKey is null ? null : new SharedKeySigner(connection.AccountName, connection.AccountKey);
        _invoker = options.Handler is null
            ? new HttpMessageInvoker(CreateDefaultHandler(connection), disposeHandler: true)
            : new HttpMessageInvoker(options.Handler, disposeHandler: false);
    }

    public string AccountName { get; }

    public static SocketsHttpHandler CreateDefaultHandler(StorageConnectionString connection) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // Azurite closes idle connections after 5 s; dropping ours first avoids sending on a socket being closed.
        PooledConnectionIdleTimeout = connection.BlobEndpoint.IsLoopback ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(50),
        MaxConnectionsPerServer = 256,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        AllowAutoRedirect = false,
        UseProxy = !connection.BlobEndpoint.IsLoopback,
    };

    public async Task<HttpResponseMessage> SendAsync(StorageRequest request, CancellationToken cancellationToken)
    {
        var uri = request.BuildUri();
        var attempt = 0;
        while (true)
        {
            attempt++;
            cancellationToken.ThrowIfCancellationRequested();
            using var message = CreateMessage(request, uri);
            HttpResponseMessage? response = null;
            string? transportFailure = null;
            Exception? transportException = null;
            // One token source per attempt at most: the timeout (if any), linked to the caller's token only when it can fire.
            var timeout = _options.PerCallTimeout == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(_options.PerCallTimeout, _time);
            var linked = timeout is not null && cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : null;
            var token = linked?.Token ?? timeout?.Token ?? cancellationToken;
            try
            {
                response = await _invoker.SendAsync(message, token).ConfigureAwait(false);
                if (!request.StreamResponse && response.Content is not null)
                {
                    await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                response = null;
                transportFailure = $"no response within {_options.PerCallTimeout.TotalSeconds:0.#} s";
                transportException = ex;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                response?.Dispose();
                response = null;
                transportFailure = ex.Message;
                transportException = ex;
            }
            finally
            {
                linked?.Dispose();
                timeout?.Dispose();
            }

            if (response is null)
            {
                if (request.IsReplayable && attempt <= _options.Retry.MaxRetries)
                {
                    var delay = Backoff(attempt, null);
                    _logger.RetryingTransport(request.Method.Method, request.Resource, attempt, transportFailure!, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var timedOut = transportException is OperationCanceledException;
                throw new StorageRequestException(
                    0,
                    timedOut ? "ClientTimeout" : "ConnectionFailed",
                    null,
                    $"Storage {request.Method.Method} {request.Resource} at {uri.GetLeftPart(UriPartial.Authority)} failed after {attempt} attempt(s): {transportFailure}. " +
                    (timedOut ? "The service did not answer in time; check that it is running and not overloaded." : "Check that the storage endpoint is running and reachable (for Azurite: scripts/azurite.sh start)."),
                    transportException);
            }

            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode || status == request.ToleratedStatus || status == request.ToleratedStatus2 || status == 304)
            {
                return response;
            }

            if (IsRetriable(status) && request.IsReplayable && attempt <= _options.Retry.MaxRetries)
            {
                var delay = Backoff(attempt, response.Headers.RetryAfter);
                _logger.RetryingStatus(request.Method.Method, request.Resource, status, StorageErrors.HeaderCode(response) ?? string.Empty, attempt, (long)delay.TotalMilliseconds);
                response.Dispose();
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                throw await StorageErrors.CreateAsync(response, request, AccountName, attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends and disposes the response; for calls whose answer is only headers the caller reads from the returned copy.</summary>
    public async Task<ResponseInfo> SendForHeadersAsync(StorageRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new ResponseInfo(response);
    }

    public void Dispose() => _invoker.Dispose();

    internal static bool IsRetriable(int status) => status is 408 or 429 or 500 or 503;

    private TimeSpan Backoff(int attempt, System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter)
    {
        var retry = _options.Retry;
        var exp = retry.Delay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exp, retry.MaxDelay.TotalMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        var delay = TimeSpan.FromMilliseconds(jittered);
        if (retryAfter?.Delta is { } delta && delta > delay && delta <= retry.MaxDelay)
        {
            delay = delta;
        }

        return delay;
    }

    private HttpRequestMessage CreateMessage(StorageRequest request, Uri uri)
    {
        var message = new HttpRequestMessage(request.Method, uri) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        SetHeader(request, "x-ms-version", _options.ServiceVersion);
        SetHeader(request, "x-ms-date", FormatDate(_time.GetUtcNow()));
        foreach (var h in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        HttpContent? content = null;
        if (request.BodyStream is { } stream)
        {
            content = new StreamContent(stream);
            if (request.BodyStreamLength is { } len)
            {
                content.Headers.ContentLength = len;
            }
        }
        else if (!request.Body.IsEmpty || request.Method == HttpMethod.Put || request.Method == HttpMethod.Post)
        {
            content = new ReadOnlyMemoryContent(request.Body);
        }

        if (content is not null)
        {
            if (request.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            if (request.ContentMd5 is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-MD5", request.ContentMd5);
            }

            message.Content = content;
        }

        if (_signer is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", _signer.Sign(request, uri.AbsolutePath));
        }

        return message;
    }

    private string FormatDate(DateTimeOffset now)
    {
        // RFC 1123 has one-second resolution: reuse the string while the second lasts.
        var cached = _date;
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        if (cached is not null && cached.Second == second)
        {
            return cached.Text;
        }

        var text = now.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
        _date = new CachedDate(second, text);
        return text;
    }

    private sealed record CachedDate(long Second, string Text);

    private static void SetHeader(StorageRequest request, string name, string value)
    {
        var headers = request.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Key == name)
            {
                headers[i] = new(name, value);
                return;
            }
        }

        headers.Add(new(name, value));
    }
}
