using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Storage;

/// <summary>All log messages of the storage client, with stable event ids (2100-2199).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Storage {Method} {Resource} failed with {Status} {ErrorCode} (attempt {Attempt}); retrying in {DelayMs} ms")]
    public static partial void RetryingStatus(this ILogger logger, string method, string resource, int status, string errorCode, int attempt, long delayMs);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Storage {Method} {Resource} got no response (attempt {Attempt}): {Reason}; retrying in {DelayMs} ms")]
    public static partial void RetryingTransport(this ILogger logger, string method, string resource, int attempt, string reason, long delayMs);
}
