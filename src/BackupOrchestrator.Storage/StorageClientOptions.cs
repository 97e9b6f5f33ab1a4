using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Storage;

/// <summary>Transport, retry and timing settings shared by every client of one <see cref="StorageAccount"/>.</summary>
public sealed class StorageClientOptions
{
    /// <summary>
    /// The HTTP handler to send through (tests inject faulty ones). Null: a pooled <see cref="SocketsHttpHandler"/>
    /// owned by the account. An injected handler is not disposed by the account.
    /// </summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Clock for backoff delays, per-call timeouts and x-ms-date. Tests inject a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public StorageRetryOptions Retry { get; init; } = new();

    /// <summary>Time allowed for one attempt up to the response headers. Bodies stream without it.</summary>
    public TimeSpan PerCallTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The x-ms-version sent with every request. 2025-01-05 is accepted by Azurite 3.37 and Azure.</summary>
    public string ServiceVersion { get; init; } = "2025-01-05";

    public ILogger? Logger { get; init; }
}

/// <summary>
/// Exponential backoff with jitter for 408, 429, 500, 503 and connection failures. Attempt n (1-based retry)
/// waits a random time in [delay/2, delay] where delay = min(MaxDelay, Delay * 2^(n-1)); a Retry-After header wins
/// when it is longer.
/// </summary>
public sealed class StorageRetryOptions
{
    public int MaxRetries { get; init; } = 5;

    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);
}
